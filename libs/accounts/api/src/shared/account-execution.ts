import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { fold, type CommandContext, type CommandHandler as KernelHandler, type CommandResult } from '@ia/kernel';
import {
  accountAggregate,
  accountDecider,
  accountStream,
  type AccountCommand,
  type AccountEvent,
  type AccountState,
} from '@ia/accounts/domain';
import { ENGINES, EventSourcingRuntime, type Engines } from '@ia/platform';

export class ExecuteAccountCommand extends Command<CommandResult> {
  constructor(
    readonly accountId: string,
    readonly command: AccountCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Runs an account command through the kernel's write path and waits until the read models (and sessions) follow. */
@CommandHandler(ExecuteAccountCommand)
export class AccountCommandHandler implements ICommandHandler<ExecuteAccountCommand> {
  private readonly handle: KernelHandler<AccountCommand>;
  constructor(private readonly runtime: EventSourcingRuntime) {
    this.handle = runtime.commandHandler(accountAggregate);
  }
  async execute(message: ExecuteAccountCommand): Promise<CommandResult> {
    const result = await this.handle(accountStream(message.accountId), message.command, message.context);
    await this.runtime.readModelsAt(result.lastPosition);
    return result;
  }
}

/**
 * An account as the store holds it now. Sign-in reads the store, never a read model, so an account made on
 * the command line while the suite runs can sign in at once, before the lists have caught up.
 */
@Injectable()
export class AccountLoader {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}

  async load(accountId: string): Promise<AccountState> {
    const events = await this.engines.store.readStream(accountStream(accountId));
    return fold(
      accountDecider,
      events.map((event) => ({ type: event.type, data: event.data }) as AccountEvent),
    );
  }
}

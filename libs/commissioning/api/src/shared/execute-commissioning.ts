import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandHandler as KernelCommandHandler, CommandResult } from '@ia/kernel';
import { EventSourcingRuntime } from '@ia/platform';
import { commissioningAggregate, commissioningStream, type CommissioningCommand } from '@ia/commissioning/domain';

export class ExecuteCommissioningCommand extends Command<CommandResult> {
  constructor(
    readonly projectId: string,
    readonly command: CommissioningCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExecuteCommissioningCommand)
export class CommissioningCommandHandler implements ICommandHandler<ExecuteCommissioningCommand> {
  private readonly handle: KernelCommandHandler<CommissioningCommand>;

  constructor(runtime: EventSourcingRuntime) {
    this.handle = runtime.commandHandler(commissioningAggregate);
  }

  execute(message: ExecuteCommissioningCommand): Promise<CommandResult> {
    return this.handle(commissioningStream(message.projectId), message.command, message.context);
  }
}

import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@ia/kernel';
import type { AgreementCommand } from '@ia/contract-signing/domain';
import { ExecuteAgreementCommand } from './execute';
import { StreamReader } from './stream-reader';

/** A command on an existing agreement that needs nothing but the agreement. */
export class ChangeAgreementCommand extends Command<CommandResult> {
  constructor(
    readonly agreementId: string,
    readonly command: Extract<AgreementCommand, { type: 'SupplementAgreement' | 'TerminateAgreement' }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ChangeAgreementCommand)
export class ChangeAgreementHandler implements ICommandHandler<ChangeAgreementCommand> {
  constructor(
    private readonly streams: StreamReader,
    private readonly commands: CommandBus,
  ) {}

  async execute({ agreementId, command, context }: ChangeAgreementCommand): Promise<CommandResult> {
    await this.streams.agreement(agreementId);
    return this.commands.execute(new ExecuteAgreementCommand(agreementId, command, context));
  }
}

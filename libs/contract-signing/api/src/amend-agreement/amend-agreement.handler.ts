import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@ia/kernel';
import type { NegotiatedTerms } from '@ia/contract-signing/domain';
import { ExecuteAgreementCommand } from '../shared/execute';
import { StreamReader } from '../shared/stream-reader';

export class AmendAgreementCommand extends Command<CommandResult> {
  constructor(
    readonly agreementId: string,
    readonly changes: Partial<NegotiatedTerms>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** A draft is still negotiation: its incentives are figured on the park's catalog as it is now. */
@CommandHandler(AmendAgreementCommand)
export class AmendAgreementHandler implements ICommandHandler<AmendAgreementCommand> {
  constructor(
    private readonly streams: StreamReader,
    private readonly commands: CommandBus,
  ) {}

  async execute({ agreementId, changes, context }: AmendAgreementCommand): Promise<CommandResult> {
    const agreement = await this.streams.agreement(agreementId);
    const catalog = await this.streams.incentives(agreement.parkId);
    return this.commands.execute(
      new ExecuteAgreementCommand(agreementId, { type: 'AmendAgreement', data: { ...changes, catalog } }, context),
    );
  }
}

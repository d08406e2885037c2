import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@ia/kernel';
import type { NegotiatedTerms } from '@ia/contract-signing/domain';
import { ExecuteAgreementCommand } from '../shared/execute';
import { StreamReader } from '../shared/stream-reader';

export class DraftAgreementCommand extends Command<CommandResult> {
  constructor(
    readonly agreementId: string,
    readonly leadId: string,
    readonly terms: NegotiatedTerms,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Gathers what the decision needs: the lead as lead intake qualified it, its reservation, the park's catalog. */
@CommandHandler(DraftAgreementCommand)
export class DraftAgreementHandler implements ICommandHandler<DraftAgreementCommand> {
  constructor(
    private readonly streams: StreamReader,
    private readonly commands: CommandBus,
  ) {}

  async execute({ agreementId, leadId, terms, context }: DraftAgreementCommand): Promise<CommandResult> {
    const lead = await this.streams.qualifiedLead(leadId);
    const holder = await this.streams.reservationHolder({ kind: 'lead', leadId });
    const catalog = lead ? await this.streams.incentives(lead.parkId) : [];
    const signedAgreementForLead = holder?.status === 'signed' ? holder.agreementId : undefined;
    return this.commands.execute(
      new ExecuteAgreementCommand(
        agreementId,
        { type: 'DraftAgreement', data: { ...terms, agreementId, leadId, lead, signedAgreementForLead, catalog } },
        context,
      ),
    );
  }
}

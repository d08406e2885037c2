import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@ia/kernel';
import { agreementDecider, type Agreement, type AgreementCommand, type ReservationSubject } from '@ia/contract-signing/domain';
import { ExecuteAgreementCommand, ExecuteReservationCommand } from '../shared/execute';
import { StreamReader } from '../shared/stream-reader';

export class SignAgreementCommand extends Command<CommandResult> {
  constructor(
    readonly agreementId: string,
    readonly signing: { readonly projectId: string; readonly signedOn: string; readonly today: string; readonly approvalPackage?: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Signing spans streams: the lead's reservation (and the enterprise's), then the agreement. Each append
 * is made at the revision its decision read, so two agreements racing for one lead cannot both reserve it.
 * A reservation made here is given back if the agreement then refuses to be signed.
 */
@CommandHandler(SignAgreementCommand)
export class SignAgreementHandler implements ICommandHandler<SignAgreementCommand> {
  constructor(
    private readonly streams: StreamReader,
    private readonly commands: CommandBus,
  ) {}

  async execute({ agreementId, signing, context }: SignAgreementCommand): Promise<CommandResult> {
    const agreement = await this.streams.agreement(agreementId);
    const leadQualified = (await this.streams.qualifiedLead(agreement.leadId)) !== undefined;
    const command: AgreementCommand = { type: 'SignAgreement', data: { ...signing, leadQualified } };
    // A signed agreement goes straight on, so that a retry with its Idempotency-Key replays the first answer.
    if (agreement.status !== 'signed') agreementDecider.decide(command, agreement);
    const reserved: ReservationSubject[] = [];
    try {
      for (const subject of subjectsOf(agreement)) {
        if (await this.reserve(agreementId, subject, context)) reserved.push(subject);
      }
      return await this.commands.execute(new ExecuteAgreementCommand(agreementId, command, context));
    } catch (error) {
      for (const subject of reserved) {
        await this.commands.execute(
          new ExecuteReservationCommand(subject, { type: 'ReleaseSigning', data: { agreementId } }, withoutRequestKeys(context)),
        );
      }
      throw error;
    }
  }

  private async reserve(agreementId: string, subject: ReservationSubject, context: CommandContext): Promise<boolean> {
    const holder = await this.streams.reservationHolder(subject);
    const holderTerminated = holder !== undefined && holder.agreementId !== agreementId && holder.status === 'terminated';
    const command = new ExecuteReservationCommand(
      subject,
      { type: 'ReserveSigning', data: { agreementId, subject, holderTerminated } },
      withoutRequestKeys(context),
    );
    return (await this.commands.execute(command)).eventIds.length > 0;
  }
}

function subjectsOf(agreement: Agreement): ReservationSubject[] {
  const { leadId } = agreement;
  const uscc = agreement.enterprise.uscc;
  return [{ kind: 'lead', leadId }, ...(uscc !== undefined ? [{ kind: 'enterprise' as const, uscc, leadId }] : [])];
}

/** The request's idempotency key and If-Match belong to the agreement, not to its reservations. */
function withoutRequestKeys(context: CommandContext): CommandContext {
  const { idempotencyKey: _key, requestHash: _hash, expectedRevision: _revision, ...rest } = context;
  return rest;
}

import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandHandler as KernelHandler, CommandResult } from '@ia/kernel';
import { EventSourcingRuntime } from '@ia/platform';
import {
  agreementAggregate,
  catalogAggregate,
  catalogStream,
  CATEGORIES,
  leadQualificationAggregate,
  reservationAggregate,
  reservationStream,
  type AgreementCommand,
  type CatalogCommand,
  type LeadQualificationCommand,
  type ReservationCommand,
  type ReservationSubject,
} from '@ia/contract-signing/domain';

export const agreementStream = (agreementId: string) => `${CATEGORIES.agreement}-${agreementId}`;
export const leadQualificationStream = (leadId: string) => `${CATEGORIES.leadQualification}-${leadId}`;

export class ExecuteAgreementCommand extends Command<CommandResult> {
  constructor(
    readonly agreementId: string,
    readonly command: AgreementCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExecuteAgreementCommand)
export class AgreementCommandHandler implements ICommandHandler<ExecuteAgreementCommand> {
  private readonly handle: KernelHandler<AgreementCommand>;
  constructor(runtime: EventSourcingRuntime) {
    this.handle = runtime.commandHandler(agreementAggregate);
  }
  execute(message: ExecuteAgreementCommand) {
    return this.handle(agreementStream(message.agreementId), message.command, message.context);
  }
}

export class ExecuteCatalogCommand extends Command<CommandResult> {
  constructor(
    readonly parkId: string,
    readonly command: CatalogCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExecuteCatalogCommand)
export class CatalogCommandHandler implements ICommandHandler<ExecuteCatalogCommand> {
  private readonly handle: KernelHandler<CatalogCommand>;
  constructor(runtime: EventSourcingRuntime) {
    this.handle = runtime.commandHandler(catalogAggregate);
  }
  execute(message: ExecuteCatalogCommand) {
    return this.handle(catalogStream(message.parkId), message.command, message.context);
  }
}

export class ExecuteReservationCommand extends Command<CommandResult> {
  constructor(
    readonly subject: ReservationSubject,
    readonly command: ReservationCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExecuteReservationCommand)
export class ReservationCommandHandler implements ICommandHandler<ExecuteReservationCommand> {
  private readonly handle: KernelHandler<ReservationCommand>;
  constructor(runtime: EventSourcingRuntime) {
    this.handle = runtime.commandHandler(reservationAggregate);
  }
  execute(message: ExecuteReservationCommand) {
    return this.handle(reservationStream(message.subject), message.command, message.context);
  }
}

export class ExecuteLeadQualificationCommand extends Command<CommandResult> {
  constructor(
    readonly leadId: string,
    readonly command: LeadQualificationCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExecuteLeadQualificationCommand)
export class LeadQualificationCommandHandler implements ICommandHandler<ExecuteLeadQualificationCommand> {
  private readonly handle: KernelHandler<LeadQualificationCommand>;
  constructor(runtime: EventSourcingRuntime) {
    this.handle = runtime.commandHandler(leadQualificationAggregate);
  }
  execute(message: ExecuteLeadQualificationCommand) {
    return this.handle(leadQualificationStream(message.leadId), message.command, message.context);
  }
}

export const EXECUTE_HANDLERS = [
  AgreementCommandHandler,
  CatalogCommandHandler,
  ReservationCommandHandler,
  LeadQualificationCommandHandler,
];

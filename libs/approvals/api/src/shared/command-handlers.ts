import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  approvalItemAggregate,
  approvalStream,
  calendarAggregate,
  calendarStream,
  catalogAggregate,
  CATALOG_STREAM,
  type ApprovalItemCommand,
  type CalendarCommand,
  type CatalogCommand,
} from '@ia/approvals/domain';
import type { CommandContext, CommandResult } from '@ia/kernel';
import { EventSourcingRuntime } from '@ia/platform';
import { ApprovalReadModels } from './read-models';

export class ExecuteApprovalItem extends Command<CommandResult> {
  constructor(
    readonly itemId: string,
    readonly command: ApprovalItemCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class ExecuteCatalogCommand extends Command<CommandResult> {
  constructor(
    readonly command: CatalogCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class ExecuteCalendarCommand extends Command<CommandResult> {
  constructor(
    readonly command: CalendarCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The decider counts working days with the calendar as published now; what it computed is written into its events. */
@CommandHandler(ExecuteApprovalItem)
export class ApprovalItemCommandHandler implements ICommandHandler<ExecuteApprovalItem> {
  constructor(
    private readonly runtime: EventSourcingRuntime,
    private readonly readModels: ApprovalReadModels,
  ) {}

  async execute({ itemId, command, context }: ExecuteApprovalItem): Promise<CommandResult> {
    const { calendar } = await this.readModels.calendar();
    const result = await this.runtime.commandHandler(approvalItemAggregate(calendar))(approvalStream(itemId), command, context);
    await this.runtime.readModelsAt(result.lastPosition);
    return result;
  }
}

@CommandHandler(ExecuteCatalogCommand)
export class CatalogCommandHandler implements ICommandHandler<ExecuteCatalogCommand> {
  private readonly handle;

  constructor(private readonly runtime: EventSourcingRuntime) {
    this.handle = runtime.commandHandler(catalogAggregate);
  }

  async execute({ command, context }: ExecuteCatalogCommand): Promise<CommandResult> {
    const result = await this.handle(CATALOG_STREAM, command, context);
    await this.runtime.readModelsAt(result.lastPosition);
    return result;
  }
}

@CommandHandler(ExecuteCalendarCommand)
export class CalendarCommandHandler implements ICommandHandler<ExecuteCalendarCommand> {
  private readonly handle;

  constructor(private readonly runtime: EventSourcingRuntime) {
    this.handle = runtime.commandHandler(calendarAggregate);
  }

  async execute({ command, context }: ExecuteCalendarCommand): Promise<CommandResult> {
    const result = await this.handle(calendarStream(command.data.year), command, context);
    await this.runtime.readModelsAt(result.lastPosition);
    return result;
  }
}

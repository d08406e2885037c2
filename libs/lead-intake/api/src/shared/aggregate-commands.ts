import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandHandler as KernelHandler, CommandResult } from '@ia/kernel';
import { EventSourcingRuntime } from '@ia/platform';
import {
  LEAD_CATEGORY,
  PARK_POLICY_CATEGORY,
  leadAggregate,
  parkPolicyAggregate,
  workingCalendarAggregate,
  workingCalendarStream,
  type LeadCommand,
  type ParkPolicyCommand,
  type WorkingCalendarCommand,
} from '@ia/lead-intake/domain';

export class ExecuteLeadCommand extends Command<CommandResult> {
  constructor(
    readonly leadId: string,
    readonly command: LeadCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExecuteLeadCommand)
export class LeadCommandHandler implements ICommandHandler<ExecuteLeadCommand> {
  private readonly handle: KernelHandler<LeadCommand>;
  constructor(runtime: EventSourcingRuntime) {
    this.handle = runtime.commandHandler(leadAggregate);
  }
  execute(message: ExecuteLeadCommand): Promise<CommandResult> {
    return this.handle(`${LEAD_CATEGORY}-${message.leadId}`, message.command, message.context);
  }
}

export class ExecuteParkPolicyCommand extends Command<CommandResult> {
  constructor(
    readonly command: ParkPolicyCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExecuteParkPolicyCommand)
export class ParkPolicyCommandHandler implements ICommandHandler<ExecuteParkPolicyCommand> {
  private readonly handle: KernelHandler<ParkPolicyCommand>;
  constructor(runtime: EventSourcingRuntime) {
    this.handle = runtime.commandHandler(parkPolicyAggregate);
  }
  execute(message: ExecuteParkPolicyCommand): Promise<CommandResult> {
    return this.handle(`${PARK_POLICY_CATEGORY}-${message.command.data.parkId}`, message.command, message.context);
  }
}

export class ExecuteWorkingCalendarCommand extends Command<CommandResult> {
  constructor(
    readonly command: WorkingCalendarCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExecuteWorkingCalendarCommand)
export class WorkingCalendarCommandHandler implements ICommandHandler<ExecuteWorkingCalendarCommand> {
  private readonly handle: KernelHandler<WorkingCalendarCommand>;
  constructor(runtime: EventSourcingRuntime) {
    this.handle = runtime.commandHandler(workingCalendarAggregate);
  }
  execute(message: ExecuteWorkingCalendarCommand): Promise<CommandResult> {
    return this.handle(workingCalendarStream(message.command.data.year), message.command, message.context);
  }
}

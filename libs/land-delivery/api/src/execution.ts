import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandHandler as KernelHandler, CommandResult } from '@ia/kernel';
import { EventSourcingRuntime } from '@ia/platform';
import {
  landProjectAggregate,
  landProjectStream,
  parcelAggregate,
  parcelStream,
  type LandProjectCommand,
  type ParcelCommand,
} from '@ia/land-delivery/domain';

export class ExecuteParcelCommand extends Command<CommandResult> {
  constructor(
    readonly parcelId: string,
    readonly command: ParcelCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class ExecuteLandProjectCommand extends Command<CommandResult> {
  constructor(
    readonly projectId: string,
    readonly command: LandProjectCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExecuteParcelCommand)
export class ParcelCommandHandler implements ICommandHandler<ExecuteParcelCommand> {
  private readonly handle: KernelHandler<ParcelCommand>;
  constructor(private readonly runtime: EventSourcingRuntime) {
    this.handle = runtime.commandHandler(parcelAggregate);
  }
  async execute(message: ExecuteParcelCommand): Promise<CommandResult> {
    const result = await this.handle(parcelStream(message.parcelId), message.command, message.context);
    await this.runtime.readModelsAt(result.lastPosition);
    return result;
  }
}

@CommandHandler(ExecuteLandProjectCommand)
export class LandProjectCommandHandler implements ICommandHandler<ExecuteLandProjectCommand> {
  private readonly handle: KernelHandler<LandProjectCommand>;
  constructor(private readonly runtime: EventSourcingRuntime) {
    this.handle = runtime.commandHandler(landProjectAggregate);
  }
  async execute(message: ExecuteLandProjectCommand): Promise<CommandResult> {
    const result = await this.handle(landProjectStream(message.projectId), message.command, message.context);
    await this.runtime.readModelsAt(result.lastPosition);
    return result;
  }
}

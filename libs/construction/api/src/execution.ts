import { Inject, type Type } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  constructionAggregate,
  constructionStream,
  dispatchAggregate,
  dispatchStream,
  leadershipAggregate,
  leadershipStream,
  problemAggregate,
  problemStream,
} from '@ia/construction/domain';
import type { Aggregate, CommandContext, CommandResult, DomainEvent } from '@ia/kernel';
import { EventSourcingRuntime } from '@ia/platform';

export interface Execution<C> {
  new (
    id: string,
    command: C,
    context: CommandContext,
  ): Command<CommandResult> & { readonly id: string; readonly command: C; readonly context: CommandContext };
}

/** One Nest CQRS command and its handler per aggregate: the kernel's handler, then read-your-writes. */
function executionOf<C, E extends DomainEvent, S>(
  aggregate: Aggregate<C, E, S>,
  stream: (id: string) => string,
): { command: Execution<C>; handler: Type } {
  class Execute extends Command<CommandResult> {
    constructor(
      readonly id: string,
      readonly command: C,
      readonly context: CommandContext,
    ) {
      super();
    }
  }
  @CommandHandler(Execute)
  class Handler implements ICommandHandler<Execute> {
    private readonly handle;
    constructor(@Inject(EventSourcingRuntime) private readonly runtime: EventSourcingRuntime) {
      this.handle = runtime.commandHandler(aggregate);
    }
    async execute(message: Execute): Promise<CommandResult> {
      const result = await this.handle(stream(message.id), message.command, message.context);
      await this.runtime.readModelsAt(result.lastPosition);
      return result;
    }
  }
  return { command: Execute, handler: Handler };
}

const construction = executionOf(constructionAggregate, constructionStream);
const leadership = executionOf(leadershipAggregate, leadershipStream);
const problem = executionOf(problemAggregate, problemStream);
const dispatch = executionOf(dispatchAggregate, dispatchStream);

export const ExecuteConstructionCommand = construction.command;
export const ExecuteLeadershipCommand = leadership.command;
export const ExecuteProblemCommand = problem.command;
export const ExecuteDispatchCommand = dispatch.command;
export const COMMAND_HANDLERS = [construction.handler, leadership.handler, problem.handler, dispatch.handler];

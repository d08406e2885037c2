import { Module, type OnModuleInit } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  CONSTRUCTION_EVENT_DESCRIPTIONS,
  constructionPublisher,
  dispatchProjection,
  ledgerProjection,
  recordProjection,
} from '@ia/construction/domain';
import { EventSourcingRuntime, reactionContext } from '@ia/platform';
import { DispatchController } from './dispatch/dispatch.controller';
import { COMMAND_HANDLERS, ExecuteConstructionCommand } from './execution';
import { LeadershipController } from './leadership/leadership.controller';
import { PARK_LOCATORS } from './parks/park-locators';
import { LedgersController } from './problems/ledgers.controller';
import { ProblemsController } from './problems/problems.controller';
import { QUERY_HANDLERS } from './queries';
import { constructionConsumers } from './reactions';
import { SiteWorkController } from './site-work/site-work.controller';

/** Construction (建设): start of work on delivered land, milestones, leadership, problem ledgers and the monthly dispatch. */
@Module({
  controllers: [SiteWorkController, LeadershipController, ProblemsController, LedgersController, DispatchController],
  providers: [...COMMAND_HANDLERS, ...QUERY_HANDLERS, ...PARK_LOCATORS],
})
export class ConstructionModule implements OnModuleInit {
  constructor(
    private readonly runtime: EventSourcingRuntime,
    private readonly commands: CommandBus,
  ) {}

  onModuleInit(): void {
    this.runtime.registerProjection(recordProjection);
    this.runtime.registerProjection(ledgerProjection);
    this.runtime.registerProjection(dispatchProjection);
    this.runtime.registerPublisher(constructionPublisher());
    this.runtime.describeEvents('construction', CONSTRUCTION_EVENT_DESCRIPTIONS);
    for (const consumer of constructionConsumers((command, message, name) =>
      this.commands.execute(new ExecuteConstructionCommand(command.data.projectId, command, reactionContext(name, message))),
    )) {
      this.runtime.registerConsumer(consumer);
    }
  }
}

import { Module, type OnModuleInit } from '@nestjs/common';
import {
  APPROVALS_EVENT_DESCRIPTIONS,
  PUBLISHED_CATEGORIES,
  calendarProjection,
  catalogProjection,
  itemsProjection,
  toIntegrationEvent,
} from '@ia/approvals/domain';
import { definePublisher, TOPICS } from '@ia/contracts';
import { EventSourcingRuntime } from '@ia/platform';
import { AuthorityController } from './authority/authority.controller';
import { CalendarController } from './calendar/calendar.controller';
import { ComputeDeadlineHandler, GetCalendarYearHandler } from './calendar/calendar.query';
import { CatalogController } from './catalog/catalog.controller';
import { GetCatalogHandler } from './catalog/catalog.query';
import { DeficienciesController } from './deficiencies/deficiencies.controller';
import { ErasureController } from './erasure/erasure.controller';
import { IntakeController } from './intake/intake.controller';
import { PlanningController } from './planning/planning.controller';
import { QUERY_HANDLERS } from './queues/queries';
import { ApprovalItemController, QueuesController } from './queues/queues.controller';
import { ApprovalItemCommandHandler, CalendarCommandHandler, CatalogCommandHandler } from './shared/command-handlers';
import { CommandRunner } from './shared/command-runner';
import { ItemPresenter } from './shared/item-presenter';
import { ItemParks, ProjectParks } from './shared/park-locators';
import { ApprovalReadModels } from './shared/read-models';
import { SigningReaction } from './signing/signing.reaction';

@Module({
  // Fixed paths under /api/v1/approvals come before ApprovalItemController's /:itemId.
  controllers: [
    QueuesController,
    CatalogController,
    CalendarController,
    PlanningController,
    IntakeController,
    AuthorityController,
    DeficienciesController,
    ErasureController,
    ApprovalItemController,
  ],
  providers: [
    ApprovalReadModels,
    ItemPresenter,
    ItemParks,
    ProjectParks,
    CommandRunner,
    ApprovalItemCommandHandler,
    CatalogCommandHandler,
    CalendarCommandHandler,
    GetCatalogHandler,
    GetCalendarYearHandler,
    ComputeDeadlineHandler,
    ...QUERY_HANDLERS,
    SigningReaction,
  ],
})
export class ApprovalsModule implements OnModuleInit {
  constructor(
    private readonly runtime: EventSourcingRuntime,
    private readonly signing: SigningReaction,
  ) {}

  onModuleInit(): void {
    this.runtime.registerProjection(itemsProjection);
    this.runtime.registerProjection(catalogProjection);
    this.runtime.registerProjection(calendarProjection);
    this.runtime.registerPublisher(definePublisher('approvals', TOPICS.approvals, PUBLISHED_CATEGORIES, toIntegrationEvent));
    this.runtime.describeEvents('approvals', APPROVALS_EVENT_DESCRIPTIONS);
    this.runtime.registerConsumer(this.signing.consumer());
  }
}

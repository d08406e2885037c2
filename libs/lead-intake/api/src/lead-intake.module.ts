import { Module, type OnModuleInit } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { definePublisher, topicOf } from '@ia/contracts';
import { EventSourcingRuntime } from '@ia/platform';
import {
  LEAD_INTAKE_EVENT_DESCRIPTIONS,
  LEAD_CATEGORY,
  leadsProjection,
  parkPoliciesProjection,
  publishLeadEvent,
  workingCalendarProjection,
} from '@ia/lead-intake/domain';
import { AssignPromoterController } from './assign-promoter/assign-promoter.controller';
import { ErasePersonalDataController } from './erase-personal-data/erase-personal-data.controller';
import { GetLeadController, GetLeadHandler } from './get-lead/get-lead';
import { LeadFunnelController, LeadFunnelHandler } from './lead-funnel/lead-funnel';
import { LeadStatusController } from './lead-status/lead-status.controller';
import { ListLeadsController } from './list-leads/list-leads.controller';
import { ListLeadsHandler } from './list-leads/list-leads.query';
import { calendarConsumer } from './on-calendar-published/calendar-consumer';
import { signingConsumer } from './on-project-signed/signing-consumer';
import { GetParkPolicyHandler } from './park-policy/get-park-policy.query';
import { ParkPolicyController } from './park-policy/park-policy.controller';
import { RecordFollowUpController } from './record-follow-up/record-follow-up.controller';
import { RecordSiteVisitController } from './record-site-visit/record-site-visit.controller';
import { RegisterLeadHandler } from './register-lead/register-lead.command';
import { RegisterLeadController } from './register-lead/register-lead.controller';
import { ScreenLeadController } from './screen-lead/screen-lead.controller';
import { LeadCommandHandler, ParkPolicyCommandHandler, WorkingCalendarCommandHandler } from './shared/aggregate-commands';
import { LeadCalendar } from './shared/lead-calendar';
import { LeadCommands } from './shared/lead-commands';
import { LeadKeys } from './shared/lead-keys';
import { LeadParks } from './shared/lead-parks';
import { LeadPresenter } from './shared/lead-presenter';
import { LeadStore } from './shared/lead-store';
import { LEAD_TIMELINESS, loadLeadTimeliness } from './shared/settings';

/** Lead intake (招商线索): leads, park screening policy, timeliness, the funnel, and signing as it comes back. */
@Module({
  controllers: [
    // Literal paths before `:id`, so /leads/funnel is not taken for a lead id.
    LeadFunnelController,
    ListLeadsController,
    RegisterLeadController,
    GetLeadController,
    AssignPromoterController,
    RecordFollowUpController,
    RecordSiteVisitController,
    ScreenLeadController,
    LeadStatusController,
    ParkPolicyController,
    ErasePersonalDataController,
  ],
  providers: [
    LeadCommandHandler,
    ParkPolicyCommandHandler,
    WorkingCalendarCommandHandler,
    RegisterLeadHandler,
    ListLeadsHandler,
    GetLeadHandler,
    LeadFunnelHandler,
    GetParkPolicyHandler,
    LeadStore,
    LeadParks,
    LeadKeys,
    LeadCommands,
    LeadPresenter,
    LeadCalendar,
    { provide: LEAD_TIMELINESS, useFactory: () => loadLeadTimeliness(process.env) },
  ],
})
export class LeadIntakeModule implements OnModuleInit {
  constructor(
    private readonly runtime: EventSourcingRuntime,
    private readonly commandBus: CommandBus,
  ) {}

  onModuleInit(): void {
    this.runtime.registerProjection(leadsProjection);
    this.runtime.registerProjection(parkPoliciesProjection);
    this.runtime.registerProjection(workingCalendarProjection);
    this.runtime.registerPublisher(definePublisher('lead-intake', topicOf('lead-intake'), [LEAD_CATEGORY], publishLeadEvent));
    this.runtime.describeEvents('lead-intake', LEAD_INTAKE_EVENT_DESCRIPTIONS);
    this.runtime.registerConsumer(signingConsumer(this.commandBus));
    this.runtime.registerConsumer(calendarConsumer(this.commandBus));
  }
}

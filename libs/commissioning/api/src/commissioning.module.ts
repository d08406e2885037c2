import { Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { definePublisher, TOPICS } from '@ia/contracts';
import { ConfigurationError, EventSourcingRuntime } from '@ia/platform';
import {
  COMMISSIONING_CATEGORY,
  COMMISSIONING_EVENT_DESCRIPTIONS,
  commissioningAggregate,
  commissioningProjection,
  policyProblems,
  toIntegrationEvent,
  type AboveScalePolicy,
} from '@ia/commissioning/domain';
import { CheckCommitmentsController } from './check-commitments/check-commitments.controller';
import { ListPoolsController } from './list-pools/list-pools.controller';
import { ListCultivationPoolsHandler } from './list-pools/list-pools.query';
import { RecordMilestoneController } from './record-milestone/record-milestone.controller';
import { RecordStatisticsEntryController } from './record-statistics-entry/record-statistics-entry.controller';
import { ReportMonthController } from './report-month/report-month.controller';
import { ABOVE_SCALE_POLICY, loadAboveScalePolicy } from './shared/above-scale-policy';
import { CommissioningCommands } from './shared/commissioning-commands';
import { commissioningConsumers } from './shared/consumers';
import { CommissioningCommandHandler } from './shared/execute-commissioning';
import { ProjectParks } from './shared/project-parks';
import { GetCommissioningHandler } from './view-project/get-commissioning.query';
import { ViewProjectController } from './view-project/view-project.controller';

/** Commissioning (投产) and above-scale entry (达规纳统): opened by completed construction, checked against the signed commitments. */
@Module({
  controllers: [
    RecordMilestoneController,
    ReportMonthController,
    RecordStatisticsEntryController,
    CheckCommitmentsController,
    ViewProjectController,
    ListPoolsController,
  ],
  providers: [
    CommissioningCommands,
    CommissioningCommandHandler,
    GetCommissioningHandler,
    ListCultivationPoolsHandler,
    ProjectParks,
    { provide: ABOVE_SCALE_POLICY, useFactory: () => loadAboveScalePolicy(process.env) },
  ],
})
export class CommissioningModule implements OnModuleInit {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  /** The same module with a park's policy given in code instead of the environment. */
  static withPolicy(policy: AboveScalePolicy): DynamicModule {
    const problems = policyProblems(policy);
    if (problems.length > 0) throw new ConfigurationError(problems);
    return { module: CommissioningModule, providers: [{ provide: ABOVE_SCALE_POLICY, useValue: policy }] };
  }

  onModuleInit(): void {
    this.runtime.registerProjection(commissioningProjection);
    this.runtime.registerPublisher(definePublisher('commissioning', TOPICS.commissioning, [COMMISSIONING_CATEGORY], toIntegrationEvent));
    this.runtime.describeEvents('commissioning', COMMISSIONING_EVENT_DESCRIPTIONS);
    for (const consumer of commissioningConsumers(this.runtime.commandHandler(commissioningAggregate)))
      this.runtime.registerConsumer(consumer);
  }
}

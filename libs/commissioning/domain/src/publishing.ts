import {
  AboveScaleEnteredV1,
  CommitmentsCheckedV1,
  FullCapacityReachedV1,
  ProductionStartedV1,
  type IntegrationEventDefinition,
  type Outbound,
} from '@ia/contracts';
import { assertNever, type RecordedEvent } from '@ia/kernel';
import type { CommissioningEvent, FigureCheck } from './commissioning/events';

function outbound<Data>(definition: IntegrationEventDefinition<string, Data>, data: Data, key: string): Outbound {
  return { definition, data, key };
}

/** What commissioning tells other services: production phases, full capacity, entry into the statistics, commitment checks. */
export function toIntegrationEvent(event: RecordedEvent): Outbound | undefined {
  const projectId = event.metadata.projectId;
  if (projectId === undefined) return undefined;
  const domainEvent = { type: event.type, data: event.data } as CommissioningEvent;
  switch (domainEvent.type) {
    case 'TrialProductionStarted':
      return outbound(ProductionStartedV1, { projectId, phase: 'trial', startedOn: domainEvent.data.startedOn }, projectId);
    case 'PartialProductionStarted':
      return outbound(ProductionStartedV1, { projectId, phase: 'partial', ...domainEvent.data }, projectId);
    case 'FullProductionStarted':
      return outbound(ProductionStartedV1, { projectId, phase: 'full', startedOn: domainEvent.data.startedOn }, projectId);
    case 'FullCapacityReached':
      return outbound(FullCapacityReachedV1, { projectId, reachedOn: domainEvent.data.reachedOn }, projectId);
    case 'StatisticsEntered':
      return outbound(AboveScaleEnteredV1, { projectId, ...domainEvent.data }, projectId);
    case 'CommitmentsChecked':
      return outbound(
        CommitmentsCheckedV1,
        {
          projectId,
          checkpoint: domainEvent.data.checkpoint,
          checkedOn: domainEvent.data.checkedOn,
          figures: domainEvent.data.figures.map(publishedFigure),
        },
        projectId,
      );
    case 'CommitmentsLearned':
    case 'CommitmentsAmended':
    case 'CommissioningOpened':
    case 'EquipmentDebuggingStarted':
    case 'MonthReported':
    case 'MonthCorrected':
      return undefined;
    default:
      return assertNever(domainEvent);
  }
}

function publishedFigure(check: FigureCheck) {
  return {
    figure: check.figure,
    committed: check.committed,
    ...(check.actual !== null && { actual: check.actual }),
    ...(check.shortfall !== null && { shortfall: check.shortfall }),
  };
}

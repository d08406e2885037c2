import {
  AboveScaleEnteredV1,
  CommitmentsCheckedV1,
  definePublisher,
  FullCapacityReachedV1,
  ProductionStartedV1,
  TOPICS,
} from '@ia/contracts';
import type { RecordedEvent } from '@ia/kernel';
import type { CommissioningEvent } from './commissioning/events';
import { debugging, fullCapacity, fullProduction, PROJECT_ID, reported, trial } from './test-support/fixtures';
import { toIntegrationEvent } from './publishing';

function recorded(event: CommissioningEvent, projectId: string | null = PROJECT_ID): RecordedEvent {
  return {
    eventId: 'event-1',
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    streamName: `commissioning-${PROJECT_ID}`,
    revision: 0,
    position: 1,
    recordedAt: '2026-03-02T02:00:00.000Z',
    metadata: {
      actor: { id: 'leader-1', role: 'leader' },
      occurredAt: '2026-03-02T02:00:00.000Z',
      correlationId: 'c',
      causationId: 'c',
      previousHash: '',
      hash: '',
      ...(projectId && { projectId }),
    },
  };
}

describe('what commissioning publishes', () => {
  it('announces each production phase', () => {
    expect(toIntegrationEvent(recorded(trial))).toEqual({
      definition: ProductionStartedV1,
      key: PROJECT_ID,
      data: { projectId: PROJECT_ID, phase: 'trial', startedOn: '2026-01-28' },
    });
    const partial = { type: 'PartialProductionStarted', data: { startedOn: '2026-03-01', line: '一号线' } } as const;
    expect(toIntegrationEvent(recorded(partial))?.data).toEqual({
      projectId: PROJECT_ID,
      phase: 'partial',
      startedOn: '2026-03-01',
      line: '一号线',
    });
    expect(toIntegrationEvent(recorded(fullProduction))?.data).toEqual({ projectId: PROJECT_ID, phase: 'full', startedOn: '2026-04-01' });
    expect(toIntegrationEvent(recorded(fullCapacity))).toMatchObject({
      definition: FullCapacityReachedV1,
      data: { projectId: PROJECT_ID, reachedOn: '2026-09-30' },
    });
  });

  it('announces the entry into the statistics and the commitment checks, leaving out figures it cannot measure', () => {
    const entered = {
      type: 'StatisticsEntered',
      data: { enteredOn: '2026-12-31', trailingRevenue: 20_400_000, threshold: 20_000_000 },
    } as const;
    expect(toIntegrationEvent(recorded(entered))).toMatchObject({
      definition: AboveScaleEnteredV1,
      data: { projectId: PROJECT_ID, ...entered.data },
    });
    const checked = {
      type: 'CommitmentsChecked',
      data: {
        checkpoint: 'completion',
        checkedOn: '2026-02-15',
        figures: [
          { figure: 'jobs', committed: 300, actual: 210, shortfall: 90 },
          { figure: 'tax_per_mu', committed: 150_000, actual: null, shortfall: null },
        ],
      },
    } as const;
    const message = definePublisher('commissioning', TOPICS.commissioning, ['commissioning'], toIntegrationEvent).toMessage(
      recorded(checked),
    );
    expect(message).toMatchObject({ type: CommitmentsCheckedV1.type, topic: TOPICS.commissioning, key: PROJECT_ID });
    expect(message?.data).toEqual({
      projectId: PROJECT_ID,
      checkpoint: 'completion',
      checkedOn: '2026-02-15',
      figures: [
        { figure: 'jobs', committed: 300, actual: 210, shortfall: 90 },
        { figure: 'tax_per_mu', committed: 150_000 },
      ],
    });
  });

  it('keeps internal facts to itself, and needs the project', () => {
    expect(toIntegrationEvent(recorded(debugging))).toBeUndefined();
    expect(toIntegrationEvent(recorded(reported('2026-02')))).toBeUndefined();
    expect(toIntegrationEvent(recorded(trial, null))).toBeUndefined();
  });
});

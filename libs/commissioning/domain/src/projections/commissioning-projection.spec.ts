import { createMemoryReadModelStore } from '@ia/adapters/memory';
import type { RecordedEvent } from '@ia/kernel';
import { debugging, learned, opened, PROJECT_ID, reported, trial } from '../test-support/fixtures';
import type { CommissioningEvent } from '../commissioning/events';
import { COMMISSIONING_PROJECTS, commissioningProjection, findCommissioning, listCommissioning } from './commissioning-projection';

function recorded(event: CommissioningEvent, position: number, streamName = `commissioning-${PROJECT_ID}`): RecordedEvent {
  return {
    eventId: `event-${position}`,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    streamName,
    revision: position - 1,
    position,
    recordedAt: '2026-03-02T02:00:00.000Z',
    metadata: {
      actor: { id: 'leader-1', role: 'leader' },
      occurredAt: '2026-03-02T02:00:00.000Z',
      correlationId: 'c',
      causationId: 'c',
      projectId: PROJECT_ID,
      previousHash: '',
      hash: '',
    },
  };
}

describe('the commissioning read model', () => {
  it('folds each project’s events into one document', async () => {
    const readModels = createMemoryReadModelStore();
    const events = [learned, opened, debugging, trial, reported('2026-02')];
    for (const [index, event] of events.entries()) await commissioningProjection.apply(recorded(event, index + 1), readModels);
    const state = await findCommissioning(readModels, PROJECT_ID);
    expect(state).toMatchObject({
      stage: 'trial_production',
      projectId: PROJECT_ID,
      project: { projectName: '年产5万套医疗器械生产线项目' },
    });
    expect(state?.reports.map((report) => report.month)).toEqual(['2026-02']);
    expect(await listCommissioning(readModels)).toHaveLength(1);
  });

  it('is idempotent: an event delivered again changes nothing', async () => {
    const readModels = createMemoryReadModelStore();
    const partial = { type: 'PartialProductionStarted', data: { startedOn: '2026-03-01', line: '一号线' } } as const;
    for (const [index, event] of [opened, debugging, trial, partial].entries())
      await commissioningProjection.apply(recorded(event, index + 1), readModels);
    await commissioningProjection.apply(recorded(partial, 4), readModels);
    expect((await findCommissioning(readModels, PROJECT_ID))?.lines).toEqual(['一号线']);
  });

  it('ignores other streams', async () => {
    const readModels = createMemoryReadModelStore();
    await commissioningProjection.apply(recorded(opened, 1, `construction-${PROJECT_ID}`), readModels);
    expect(await readModels.list(COMMISSIONING_PROJECTS)).toEqual([]);
  });
});

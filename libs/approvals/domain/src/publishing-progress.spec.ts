import type { RecordedEvent } from '@ia/kernel';
import {
  ApprovalItemAcceptedV1,
  ApprovalItemClockChangedV1,
  ApprovalItemClosedV1,
  ApprovalItemOpenedV1,
  ApprovalMaterialSuppliedV1,
} from '@ia/contracts';
import { toIntegrationEvent } from './publishing';

const recorded = (type: string, data: unknown, projectId: string | null = 'p-1'): RecordedEvent => ({
  eventId: 'e-1',
  type,
  schemaVersion: 1,
  data,
  streamName: 'approval-i-1',
  revision: 2,
  position: 20,
  recordedAt: '2026-03-02T03:00:00.000Z',
  metadata: {
    actor: { id: 'agent-wang', role: 'agent' },
    occurredAt: '2026-03-02T01:00:00.000Z',
    correlationId: 'c',
    causationId: 'c',
    ...(projectId !== null && { projectId }),
    previousHash: '',
    hash: '',
  },
});

const catalogItem = {
  code: 'construction_permit',
  name: '建筑工程施工许可证',
  stage: 'engineering_permits',
  materials: [],
  timeLimitDays: 5,
  commitmentAllowed: true,
  deficiencyAllowed: true,
  prerequisites: [],
  givesProjectCode: false,
};

describe('publishing an approval item’s progress against its time limit', () => {
  it('tells the opening with the item’s name, stage and limit, keyed by the project', () => {
    const opened = toIntegrationEvent(
      recorded('ItemOpened', {
        itemId: 'i-1',
        projectId: 'p-1',
        parkId: 'xiangxiang-edz',
        item: catalogItem,
        origin: 'plan',
        openedOn: '2026-03-02',
      }),
    );
    expect(opened?.definition).toBe(ApprovalItemOpenedV1);
    expect(opened?.key).toBe('p-1');
    expect(ApprovalItemOpenedV1.schema.parse(opened?.data)).toEqual({
      projectId: 'p-1',
      itemId: 'i-1',
      parkId: 'xiangxiang-edz',
      itemCode: 'construction_permit',
      itemName: '建筑工程施工许可证',
      stage: 'engineering_permits',
      timeLimitDays: 5,
      openedOn: '2026-03-02',
    });
  });

  it('tells an acceptance with the materials promised under 容缺, their supply, the clock stopping and resuming, and the closing', () => {
    const accepted = toIntegrationEvent(
      recorded('ItemAcceptedWithDeficiencies', {
        acceptedOn: '2026-03-03',
        deficiencies: [{ materialCode: 'fire_design', promisedOn: '2026-03-10' }],
      }),
    );
    expect(accepted?.definition).toBe(ApprovalItemAcceptedV1);
    expect(ApprovalItemAcceptedV1.schema.parse(accepted?.data)).toMatchObject({
      acceptedOn: '2026-03-03',
      promisedMaterials: [{ materialCode: 'fire_design', promisedOn: '2026-03-10' }],
    });
    expect(toIntegrationEvent(recorded('ItemAccepted', { acceptedOn: '2026-03-03' }))?.data).toMatchObject({ promisedMaterials: [] });
    const supplied = toIntegrationEvent(
      recorded('DeferredMaterialSupplied', {
        materialCode: 'fire_design',
        promisedOn: '2026-03-10',
        suppliedOn: '2026-03-09',
        late: false,
      }),
    );
    expect(supplied).toMatchObject({
      definition: ApprovalMaterialSuppliedV1,
      data: { materialCode: 'fire_design', suppliedOn: '2026-03-09' },
    });
    const stopped = toIntegrationEvent(
      recorded('ItemSuspended', { suspendedOn: '2026-03-11', missedPromises: [], supplyBy: '2026-04-01', supplyByProvisional: false }),
    );
    expect(stopped).toMatchObject({ definition: ApprovalItemClockChangedV1, data: { clock: 'stopped', changedOn: '2026-03-11' } });
    const resumed = toIntegrationEvent(recorded('ItemResumed', { resumedOn: '2026-03-16', suspendedOn: '2026-03-11' }));
    expect(resumed).toMatchObject({ data: { clock: 'resumed', changedOn: '2026-03-16' } });
    const waived = toIntegrationEvent(recorded('ItemWaived', { waivedOn: '2026-03-20', reason: '免于办理' }));
    expect(ApprovalItemClosedV1.schema.parse(waived?.data)).toEqual({
      projectId: 'p-1',
      itemId: 'i-1',
      outcome: 'waived',
      closedOn: '2026-03-20',
    });
  });

  it('keeps facts without a project, and internal steps, inside', () => {
    expect(toIntegrationEvent(recorded('ItemAccepted', { acceptedOn: '2026-03-03' }, null))).toBeUndefined();
    expect(toIntegrationEvent(recorded('ItemSubmitted', { submittedOn: '2026-03-02', authority: '住建局' }))).toBeUndefined();
  });
});

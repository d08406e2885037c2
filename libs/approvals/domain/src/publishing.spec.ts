import type { RecordedEvent } from '@ia/kernel';
import { ApprovalItemGrantedV1 } from '@ia/contracts';
import { toIntegrationEvent } from './publishing';

const recorded = (streamName: string, type: string, data: unknown): RecordedEvent => ({
  eventId: 'e-1',
  type,
  schemaVersion: 1,
  data,
  streamName,
  revision: 4,
  position: 40,
  recordedAt: '2026-03-02T03:00:00.000Z',
  metadata: {
    actor: { id: 'agent-wang', role: 'agent' },
    occurredAt: '2026-03-01T16:00:00.000Z',
    correlationId: 'c',
    causationId: 'c',
    previousHash: '',
    hash: '',
  },
});

describe('publishing grants', () => {
  const grant = {
    itemId: 'i-1',
    projectId: 'p-1',
    itemCode: 'project_filing',
    stage: 'project_approval',
    grantedOn: '2026-03-02',
    licenceNumber: '湘发改备〔2026〕12号',
    projectCode: '2026-430100-38-03-012345',
  };

  it('maps a grant to ApprovalItemGranted keyed by the project', () => {
    expect(toIntegrationEvent(recorded('approval-i-1', 'ItemGranted', grant))).toEqual({
      definition: ApprovalItemGrantedV1,
      data: grant,
      key: 'p-1',
    });
  });

  it('keeps every other fact inside the context', () => {
    expect(
      toIntegrationEvent(recorded('approval-i-1', 'ItemSubmitted', { submittedOn: '2026-03-02', authority: '发改委' })),
    ).toBeUndefined();
    expect(toIntegrationEvent(recorded('approvalcatalog-park', 'ItemGranted', grant))).toBeUndefined();
  });
});

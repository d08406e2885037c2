import type { RecordedEvent } from '@ia/kernel';
import { ApprovalItemGrantedV1, WorkingCalendarPublishedV1 } from '@ia/contracts';
import { calendarStream } from './calendar/decider';
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

describe('publishing the working calendar', () => {
  const year = { year: 2027, holidays: ['2027-01-01', '2027-02-08'], adjustedWorkdays: ['2027-02-13'] };

  it('maps a published year to WorkingCalendarPublished keyed by the year, with the stream revision as its order', () => {
    const outbound = toIntegrationEvent(recorded(calendarStream(2027), 'CalendarYearPublished', year));
    expect(outbound).toEqual({ definition: WorkingCalendarPublishedV1, data: { ...year, revision: 4 }, key: 'calendar-2027' });
    expect(WorkingCalendarPublishedV1.schema.parse(outbound?.data)).toEqual({ ...year, revision: 4 });
  });

  it('publishes nothing of an item stream under the calendar event type', () => {
    expect(toIntegrationEvent(recorded('approval-i-1', 'CalendarYearPublished', year))).toBeUndefined();
  });
});

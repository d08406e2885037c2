import { CommandBus } from '@nestjs/cqrs';
import { TOPICS, WorkingCalendarPublishedV1, definePublisher } from '@ia/contracts';
import type { IntegrationMessage } from '@ia/kernel';
import { createTestApp, fixedClock, newEvent, type TestApp } from '@ia/testing';
import { LeadIntakeModule } from '../lead-intake.module';
import { PARK, POLICY_BODY, registerLead } from '../test-support/lead-requests';
import { standIns } from '../test-support/stand-ins.module';
import { CALENDAR_CONSUMER, calendarConsumer } from './calendar-consumer';

/** New Year, and the 2027 Spring Festival from Saturday 02-06 to Friday 02-12 with Saturday 02-13 worked. */
const YEAR_2027 = {
  year: 2027,
  holidays: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
  adjustedWorkdays: ['2027-02-13'],
};
const FIXTURE = 'calendarfixture';

// Friday before the Spring Festival: on the seed alone, the first response is due on Monday 02-08.
const clock = fixedClock('2027-02-05T02:00:00Z');
// Stands in for approvals: its stored years become WorkingCalendarPublished messages on its topic.
const approvals = standIns((runtime) =>
  runtime.registerPublisher(
    definePublisher('approvals', TOPICS.approvals, [FIXTURE], (event) => ({
      definition: WorkingCalendarPublishedV1,
      data: { ...(event.data as typeof YEAR_2027), revision: event.revision },
      key: `calendar-${(event.data as typeof YEAR_2027).year}`,
    })),
  ),
);

describe('lead intake adopts the working calendar approvals publishes', () => {
  let test: TestApp;
  let lead: string;
  beforeAll(async () => {
    test = await createTestApp([LeadIntakeModule, approvals], { clock });
    await test.http.put(`/api/v1/park-policies/${PARK}`).set(test.as('admin')).send(POLICY_BODY).expect(200);
    lead = await registerLead(test);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });
  const settle = async () => {
    await test.runtime.reactionsAt(await test.engines.store.headPosition());
    await test.runtime.readModelsAt(await test.engines.store.headPosition());
  };
  const timeliness = async () => (await test.http.get(`/api/v1/leads/${lead}`).set(test.as('leader')).expect(200)).body.timeliness;
  const overdue = async () =>
    (await test.http.get('/api/v1/leads?overdue=true').set(test.as('leader')).expect(200)).body.items.map(
      (item: { id: string }) => item.id,
    );
  const adopted = () => test.engines.store.readStream('leadcalendar-2027');
  const publish = async (year: object) => {
    const revision = (await test.engines.store.readStream(`${FIXTURE}-2027`)).length;
    await test.engines.store.appendToStream(`${FIXTURE}-2027`, [newEvent('CalendarYearPublished', year)], {
      expectedRevision: revision === 0 ? 'no_stream' : revision - 1,
    });
    await settle();
  };

  it('counts 2027 as plain weekdays, provisionally, before the year is published', async () => {
    expect(await timeliness()).toEqual({
      firstResponseDueOn: '2027-02-08',
      assessmentDueOn: '2027-02-10',
      overdue: [],
      provisional: true,
    });
    clock.set('2027-02-09T02:00:00Z');
    expect(await overdue()).toEqual([lead]);
    clock.set('2027-02-05T02:00:00Z');
  });

  it('adopts the published year into its own stream, and counts the Spring Festival as days off', async () => {
    await publish(YEAR_2027);
    const [event, ...more] = await adopted();
    expect(more).toEqual([]);
    expect(event).toMatchObject({ type: 'WorkingCalendarAdopted', data: { ...YEAR_2027, revision: 0 } });
    expect(event?.metadata.actor).toEqual({ id: `system:${CALENDAR_CONSUMER}`, role: 'system' });
    expect(await timeliness()).toEqual({
      firstResponseDueOn: '2027-02-13',
      assessmentDueOn: '2027-02-16',
      overdue: [],
      provisional: false,
    });
    clock.set('2027-02-09T02:00:00Z');
    expect(await overdue()).toEqual([]);
    clock.set('2027-02-05T02:00:00Z');
  });

  it('adopts a redelivered message once', async () => {
    const [published] = await test.engines.store.readStream(`${FIXTURE}-2027`);
    const message: IntegrationMessage = {
      eventId: published!.eventId,
      type: 'WorkingCalendarPublished',
      schemaVersion: 1,
      topic: TOPICS.approvals,
      key: 'calendar-2027',
      data: { ...YEAR_2027, revision: 0 },
      occurredAt: published!.metadata.occurredAt,
      recordedAt: published!.recordedAt,
      correlationId: 'publication',
      causationId: 'publication',
      actor: { id: 'admin-1', role: 'admin' },
    };
    const consumer = calendarConsumer(test.app.get(CommandBus));
    await consumer.handle(message);
    await consumer.handle({ ...message, eventId: 'another-delivery-of-the-same-publication' });
    expect(await adopted()).toHaveLength(1);
  });

  it('lets a later publication of the year replace the earlier one', async () => {
    await publish({ ...YEAR_2027, holidays: [...YEAR_2027.holidays, '2027-02-15'] });
    expect((await adopted()).map((event) => (event.data as { revision: number }).revision)).toEqual([0, 1]);
    expect(await timeliness()).toMatchObject({ firstResponseDueOn: '2027-02-13', assessmentDueOn: '2027-02-17', provisional: false });
  });

  it('parks a publication that breaks its contract, adopting nothing', async () => {
    const head = await test.engines.store.headPosition();
    await test.engines.store.appendToStream(`${FIXTURE}-2028`, [newEvent('CalendarYearPublished', { ...YEAR_2027, year: 2028 })], {
      expectedRevision: 'no_stream',
    });
    await settle();
    const [dead] = await test.engines.bus.deadLetters(CALENDAR_CONSUMER);
    expect(dead?.error).toContain('holidays[0]');
    expect(await test.engines.store.headPosition()).toBe(head + 1);
  });

  it('still counts on the adopted year after a restart, from its own events', async () => {
    await test.close();
    // No stand-in for approvals this time: nothing can be adopted again, the calendar must come from the store.
    test = await createTestApp([LeadIntakeModule], { clock, dataDirectory: test.dataDirectory });
    const head = await test.engines.store.headPosition();
    expect(await timeliness()).toEqual({
      firstResponseDueOn: '2027-02-13',
      assessmentDueOn: '2027-02-17',
      overdue: [],
      provisional: false,
    });
    expect(await test.engines.store.headPosition()).toBe(head);
  });
});

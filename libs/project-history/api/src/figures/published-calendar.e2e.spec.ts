import { createTestApp, fixedClock, newEvent, type TestApp } from '@ia/testing';
import { ProjectHistoryModule } from '../project-history.module';

const projectId = '0193a1f0-0000-7000-8000-000000000027';
const PARK = 'xiangxiang-edz';
const at = (date: string) => ({ projectId, occurredAt: `${date}T02:00:00.000Z` });
const SPRING_FESTIVAL_2027 = ['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'];
const admin = { actor: { id: 'admin-1', role: 'admin' as const } };

describe('a project’s figures on the working calendar approvals published', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await createTestApp([ProjectHistoryModule], { clock: fixedClock('2027-03-01T02:00:00Z') });
    const store = test.engines.store;
    // Signed the Friday before the 2027 Spring Festival; the tax registration granted the Thursday after it.
    await store.appendToStream(
      `agreement-${projectId}`,
      [newEvent('AgreementSigned', { agreementId: 'agreement-27', projectId, parkId: PARK, signedOn: '2027-02-05' }, at('2027-02-05'))],
      { expectedRevision: 'no_stream' },
    );
    for (const [itemId, code, grantedOn] of [
      ['business', 'business_registration', '2027-02-05'],
      ['tax', 'tax_registration', '2027-02-18'],
    ] as const) {
      await store.appendToStream(
        `approval-${itemId}-27`,
        [
          newEvent(
            'ItemOpened',
            { itemId, projectId, item: { code, name: code, stage: 'on_signing', timeLimitDays: 0 }, openedOn: '2027-02-05' },
            at('2027-02-05'),
          ),
          newEvent('ItemGranted', { grantedOn }, at(grantedOn)),
        ],
        { expectedRevision: 'no_stream' },
      );
    }
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  const taxWorkingDays = async () => {
    const figures = await test.http.get(`/api/v1/projects/${projectId}/figures`).set(test.as('auditor')).expect(200);
    const park = await test.http.get('/api/v1/figures').query({ parkId: PARK }).set(test.as('leader')).expect(200);
    const tax = (body: { registration: { items: Array<{ code: string; workingDays?: number }> } }) =>
      body.registration.items.find((item) => item.code === 'tax_registration')?.workingDays;
    expect(tax(park.body.items[0])).toBe(tax(figures.body));
    return tax(figures.body);
  };
  const publish = (expectedRevision: 'no_stream' | number, holidays: readonly string[]) =>
    test.engines.store.appendToStream(
      'workingcalendar-2027',
      [newEvent('CalendarYearPublished', { year: 2027, holidays, adjustedWorkdays: ['2027-02-13'] }, admin)],
      { expectedRevision },
    );

  it('counts 2027 as plain weekdays while it is not published', async () => {
    expect(await taxWorkingDays()).toBe(9);
  });

  it('counts the published Spring Festival as days off and its adjusted Saturday as worked', async () => {
    await publish('no_stream', ['2027-01-01', ...SPRING_FESTIVAL_2027]);
    expect(await taxWorkingDays()).toBe(5);
  });

  it('follows a correction of the year: the later publication replaces the earlier', async () => {
    await publish(0, ['2027-01-01', ...SPRING_FESTIVAL_2027, '2027-02-15']);
    expect(await taxWorkingDays()).toBe(4);
  });
});

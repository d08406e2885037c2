import { createWorkingCalendar, seedCalendarData } from '@ia/reference';
import { newEvent } from '@ia/testing';
import { createMemoryEventStore } from '@ia/adapters/memory';
import { foldProjectState } from '../state/fold-state';
import { BUILT_AND_PRODUCING, PROJECT, SIGNED_AND_REGISTERED } from '../test-support/facts';
import { projectFigures } from './project-figures';
import { projectsOfPark, summarisePark } from './park-figures';

const calendar = createWorkingCalendar(seedCalendarData());
const OTHER = '0193a1f0-0000-7000-8000-000000000002';

describe('a park’s key figures', () => {
  it('groups every event of the projects signed in the park, and nothing of other parks', async () => {
    const store = createMemoryEventStore();
    for (const fact of SIGNED_AND_REGISTERED.slice(2, 4)) {
      await store.appendToStream(fact.streamName, [newEvent(fact.type, fact.data, { projectId: PROJECT })], { expectedRevision: 'any' });
    }
    await store.appendToStream(
      'agreement-2',
      [newEvent('AgreementSigned', { parkId: 'lanzhou-qinchuan', signedOn: '2026-03-02' }, { projectId: OTHER })],
      { expectedRevision: 'any' },
    );
    await store.appendToStream('lead-1', [newEvent('LeadRegistered', { parkId: 'xiangxiang-edz' }, { leadId: '1' })], {
      expectedRevision: 'any',
    });
    const projects = projectsOfPark(await store.readAll(), 'xiangxiang-edz');
    expect([...projects.keys()]).toEqual([PROJECT]);
    expect(projects.get(PROJECT)?.map((event) => event.type)).toEqual(['AgreementSigned', 'ItemOpened']);
  });

  it('totals stages, registration on signing, approvals against limits, deferred materials, starts and commitments', () => {
    const built = projectFigures(foldProjectState(PROJECT, BUILT_AND_PRODUCING), calendar, '2027-04-10');
    const signed = projectFigures(foldProjectState(OTHER, SIGNED_AND_REGISTERED.slice(0, 9)), calendar, '2027-04-10');
    const park = summarisePark('xiangxiang-edz', '2027-04-10', [built, signed]);
    expect(park).toMatchObject({
      projects: 2,
      registeredOnSigningDay: 2,
      approvals: { measured: 6, withinLimit: 4, overLimit: 2 },
      deferredMaterials: { on_time: 0, late: 1, missing: 0, awaited: 0 },
      startOfWork: { measured: 1, onDeliveryDay: 1, longestDeliveryToStartDays: 0 },
      commitments: { measured: 3, met: 1 },
    });
    expect(park.byStage).toMatchObject({ above_scale: 1, signed: 1, lead: 0 });
    expect(park.items).toHaveLength(2);
  });
});

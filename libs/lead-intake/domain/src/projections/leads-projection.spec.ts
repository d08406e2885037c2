import { createMemoryReadModelStore } from '@ia/adapters/memory';
import type { ReadModelStore } from '@ia/kernel';
import { LEAD_ID, registered, recorded } from '../test-support/fixtures';
import { LEAD_KEYS_COLLECTION, LEAD_TIMELINE_COLLECTION, LEADS_COLLECTION, leadTimeline, type LeadView } from './lead-view';
import { leadsProjection } from './leads-projection';

const view = (readModels: ReadModelStore) => readModels.get<LeadView>(LEADS_COLLECTION, LEAD_ID);

describe('the leads read model', () => {
  let readModels: ReadModelStore;
  beforeEach(async () => {
    readModels = createMemoryReadModelStore();
    await readModels.ensureIndex(LEAD_TIMELINE_COLLECTION, 'leadId');
    await leadsProjection.apply(recorded('LeadRegistered', registered.data), readModels);
  });

  it('keeps the registered lead with its business date, its first line of history and an index of its keys', async () => {
    expect(await view(readModels)).toMatchObject({
      id: LEAD_ID,
      companyName: '湖南星辰电气有限公司',
      status: 'open',
      registeredOn: '2026-03-02',
      reached: { followedUp: false, screened: false, qualified: false, signed: false },
    });
    expect(await leadTimeline(readModels, LEAD_ID)).toMatchObject([
      {
        revision: 0,
        type: 'LeadRegistered',
        title: '登记线索',
        actor: { id: 'alice', role: 'promoter' },
        details: { companyName: '湖南星辰电气有限公司', source: 'promotion_event', sourceName: '湘港经贸合作周签约仪式' },
      },
    ]);
    expect(await readModels.get(LEAD_KEYS_COLLECTION, 'uscc:91430100MA4L12345A')).toEqual({ leadId: LEAD_ID });
    expect(await readModels.get(LEAD_KEYS_COLLECTION, 'name:湖南星辰电气')).toEqual({ leadId: LEAD_ID });
  });

  it('keeps the earliest response in China Standard Time and counts the work done', async () => {
    await leadsProjection.apply(
      recorded('SiteVisitRecorded', { visitId: 'v', visitedOn: '2026-03-05', visitors: [], summary: '考察' }, { revision: 1 }),
      readModels,
    );
    await leadsProjection.apply(
      recorded(
        'FollowUpRecorded',
        { followUpId: 'f', channel: 'phone', summary: '电话', followedUpAt: '2026-03-02T17:30:00.000Z' },
        { revision: 2 },
      ),
      readModels,
    );
    expect(await view(readModels)).toMatchObject({
      firstRespondedOn: '2026-03-03',
      followUps: 1,
      siteVisits: 1,
      reached: { followedUp: true },
      revision: 2,
    });
  });

  it('skips an event delivered twice', async () => {
    const assigned = recorded('PromoterAssigned', { promoterId: 'alice' }, { revision: 1 });
    await leadsProjection.apply(assigned, readModels);
    await leadsProjection.apply(assigned, readModels);
    await leadsProjection.apply(recorded('LeadRegistered', { ...registered.data, companyName: '改名' }), readModels);
    const lead = await view(readModels);
    expect((await leadTimeline(readModels, LEAD_ID)).map((entry) => entry.type)).toEqual(['LeadRegistered', 'PromoterAssigned']);
    expect(lead).toMatchObject({ promoterId: 'alice', companyName: '湖南星辰电气有限公司' });
  });

  it('follows screening, qualification and signing, remembering the stages reached', async () => {
    const results = [{ rule: 'minimum_jobs', outcome: 'passed', actual: 400, required: 100 }];
    await leadsProjection.apply(
      recorded(
        'LeadScreened',
        {
          screeningId: 's',
          policy: { parkId: 'p', version: 3 },
          results,
          decision: 'qualify',
          reason: '达标',
          screenedAt: '2026-03-04T01:00:00.000Z',
          screenedOn: '2026-03-04',
        },
        { revision: 1 },
      ),
      readModels,
    );
    await leadsProjection.apply(recorded('LeadQualified', { qualifiedOn: '2026-03-04' }, { revision: 2 }), readModels);
    await leadsProjection.apply(
      recorded('LeadSigned', { projectId: 'p-1', agreementId: 'a-1', signedOn: '2026-04-01', from: 'qualified' }, { revision: 3 }),
      readModels,
    );
    expect(await view(readModels)).toMatchObject({
      status: 'signed',
      screenedOn: '2026-03-04',
      qualifiedOn: '2026-03-04',
      signedOn: '2026-04-01',
      projectId: 'p-1',
      reached: { followedUp: false, screened: true, qualified: true, signed: true },
      lastScreening: { decision: 'qualify', reason: '达标', results, policyVersion: 3 },
    });
  });

  it('points the key index back at a reopened lead', async () => {
    await readModels.put(LEAD_KEYS_COLLECTION, 'name:湖南星辰电气', { leadId: 'another-lead' });
    await leadsProjection.apply(recorded('LeadDropped', { from: 'open', reason: '放弃' }, { revision: 1 }), readModels);
    await leadsProjection.apply(recorded('LeadReopened', { from: 'dropped', reason: '重新洽谈' }, { revision: 2 }), readModels);
    expect(await readModels.get(LEAD_KEYS_COLLECTION, 'name:湖南星辰电气')).toEqual({ leadId: LEAD_ID });
    expect((await view(readModels))?.status).toBe('open');
  });

  it('ignores streams of other categories', async () => {
    await leadsProjection.apply(
      recorded('LeadDropped', { from: 'open', reason: 'x' }, { streamName: `leadkey-${LEAD_ID}`, revision: 5 }),
      readModels,
    );
    expect((await view(readModels))?.status).toBe('open');
  });
});

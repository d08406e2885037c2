import { createMemoryEventStore } from '@ia/adapters/memory';
import { newEvent } from '@ia/testing';
import { historyToCsv } from './csv';
import { endOfBusinessDate, filterHistory, inBusinessOrder, toHistoryEntries, type EventCatalog } from './history';

const catalog: EventCatalog = {
  serviceOf: (category) => ({ lead: 'lead-intake', agreement: 'contract-signing' })[category],
  describe: (type) => (type === 'LeadLogged' ? { zh: '登记招商线索', en: 'Lead logged' } : undefined),
};

async function entries() {
  let now = '2026-03-05T02:00:00.000Z';
  const store = createMemoryEventStore({ now: () => now });
  await store.appendToStream(
    'lead-1',
    [
      newEvent(
        'LeadLogged',
        { name: '湖南星辰电气有限公司' },
        { occurredAt: '2026-03-01T01:00:00.000Z', actor: { id: 'alice', role: 'promoter' } },
      ),
    ],
    {
      expectedRevision: 'no_stream',
    },
  );
  now = '2026-03-10T02:00:00.000Z';
  await store.appendToStream(
    'agreement-1',
    [newEvent('AgreementSigned', { signedOn: '2026-03-09' }, { occurredAt: '2026-03-09T08:00:00.000Z', reason: '=cmd|x' })],
    {
      expectedRevision: 'no_stream',
    },
  );
  return toHistoryEntries(await store.readAll(), catalog);
}

describe('project history', () => {
  it('describes each event with its service, both times and a Chinese and English text', async () => {
    const [logged, signed] = await entries();
    expect(logged).toMatchObject({
      service: 'lead-intake',
      description: { zh: '登记招商线索', en: 'Lead logged' },
      occurredAt: '2026-03-01T01:00:00.000Z',
      recordedAt: '2026-03-05T02:00:00.000Z',
      actor: { id: 'alice', role: 'promoter' },
      lateEntry: true,
    });
    expect(signed).toMatchObject({
      service: 'contract-signing',
      description: { zh: '事件：AgreementSigned', en: 'Agreement Signed' },
      lateEntry: false,
    });
  });

  it('answers what the system knew at an instant (asOf) and what had happened by a business date (validAt)', async () => {
    const all = await entries();
    expect(filterHistory(all, { asOf: '2026-03-06T00:00:00.000Z' }).map((entry) => entry.type)).toEqual(['LeadLogged']);
    expect(filterHistory(all, { validAt: '2026-03-08' }).map((entry) => entry.type)).toEqual(['LeadLogged']);
    expect(filterHistory(all, { validAt: '2026-03-09' }).map((entry) => entry.type)).toEqual(['LeadLogged', 'AgreementSigned']);
    expect(filterHistory(all, { asOf: '2026-03-01T12:00:00.000Z' })).toEqual([]);
  });

  it('filters by service, type, actor and business-time range', async () => {
    const all = await entries();
    expect(filterHistory(all, { services: ['contract-signing'] }).map((entry) => entry.type)).toEqual(['AgreementSigned']);
    expect(filterHistory(all, { types: ['LeadLogged'] })).toHaveLength(1);
    expect(filterHistory(all, { actorId: 'alice' })).toHaveLength(1);
    expect(filterHistory(all, { from: '2026-03-02T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z' }).map((entry) => entry.type)).toEqual([
      'AgreementSigned',
    ]);
  });

  it('ends a business date at midnight China Standard Time', () => {
    expect(endOfBusinessDate('2026-03-09')).toBe('2026-03-09T15:59:59.999Z');
  });

  it('orders by business time, then by record order', async () => {
    const [logged, signed] = await entries();
    expect(inBusinessOrder([signed!, logged!]).map((entry) => entry.type)).toEqual(['LeadLogged', 'AgreementSigned']);
  });

  it('exports CSV with a byte-order mark, Chinese intact and formulas defused', async () => {
    const csv = historyToCsv(await entries());
    expect(csv.startsWith('\uFEFFposition,recordedAt,occurredAt,service')).toBe(true);
    expect(csv).toContain('登记招商线索');
    expect(csv).toContain(`"'=cmd|x"`);
    expect(csv.split('\r\n')).toHaveLength(4);
  });
});

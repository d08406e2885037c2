import Database from 'better-sqlite3';
import { verifyChain } from '@ia/kernel';
import { newEvent } from '@ia/testing';
import { createSqliteEventStore } from './sqlite-event-store';
import { temporaryDatabase } from './test-support/temporary-file';

describe('tamper evidence of stored history', () => {
  const stream = 'agreement-0193a1f0-tamper';
  let database: ReturnType<typeof temporaryDatabase>;
  let eventIds: string[];

  beforeEach(async () => {
    database = temporaryDatabase();
    const store = createSqliteEventStore(database.file);
    const events = [
      newEvent('AgreementDrafted', { totalInvestment: 500_000_000 }),
      newEvent('AgreementSigned', { signedOn: '2026-03-02', 甲方: '某经开区管委会' }),
      newEvent('SupplementSigned', { increment: 50_000_000 }),
    ];
    eventIds = events.map((event) => event.eventId);
    await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
    await store.close();
  });
  afterEach(() => database.remove());

  const alterOneByte = (column: 'data' | 'metadata' | 'recorded_at', eventId: string, from: string, to: string) => {
    const raw = new Database(database.file);
    const row = raw.prepare<[string], Record<string, string>>(`SELECT ${column} AS value FROM events WHERE event_id = ?`).get(eventId);
    const value = row?.['value'] ?? '';
    const index = value.indexOf(from);
    expect(index).toBeGreaterThanOrEqual(0);
    raw.prepare(`UPDATE events SET ${column} = ? WHERE event_id = ?`).run(value.slice(0, index) + to + value.slice(index + 1), eventId);
    raw.close();
  };

  const verify = async () => {
    const store = createSqliteEventStore(database.file);
    const result = verifyChain(stream, await store.readStream(stream));
    await store.close();
    return result;
  };

  it('verifies the untouched stream', async () => {
    expect(await verify()).toMatchObject({ valid: true, count: 3 });
  });

  it('names the event whose data lost or gained one byte', async () => {
    alterOneByte('data', eventIds[1] as string, '2', '3');
    expect(await verify()).toMatchObject({
      valid: false,
      failure: { eventId: eventIds[1], revision: 1, reason: 'HASH_MISMATCH' },
    });
  });

  it('names the event whose business time was back-dated', async () => {
    alterOneByte('metadata', eventIds[2] as string, '3', '1');
    expect(await verify()).toMatchObject({ valid: false, failure: { eventId: eventIds[2], revision: 2 } });
  });

  it('names the event whose record time was changed', async () => {
    alterOneByte('recorded_at', eventIds[0] as string, '2', '1');
    expect(await verify()).toMatchObject({ valid: false, failure: { eventId: eventIds[0], revision: 0, reason: 'HASH_MISMATCH' } });
  });

  it('names the event after a deleted one as a broken chain', async () => {
    const raw = new Database(database.file);
    raw.prepare('DELETE FROM events WHERE event_id = ?').run(eventIds[1]);
    raw.prepare('UPDATE events SET stream_revision = 1 WHERE event_id = ?').run(eventIds[2]);
    raw.close();
    expect(await verify()).toMatchObject({ valid: false, failure: { eventId: eventIds[2], reason: 'BROKEN_LINK' } });
  });
});

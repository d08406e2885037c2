import { join } from 'node:path';
import Database from 'better-sqlite3';
import { verifyChain } from '@ia/kernel';
import { spawnTypeScript } from '@ia/testing';
import { createSqliteEventStore } from './sqlite-event-store';
import { temporaryDatabase } from './test-support/temporary-file';

const APPENDER = join(__dirname, 'test-support', 'appender.child.ts');
const SUBSCRIBER = join(__dirname, 'test-support', 'subscriber.child.ts');
const acknowledged = (lines: readonly string[]) =>
  lines.filter((line) => line.startsWith('ack ')).map((line) => line.split(' ')[1] as string);

describe('SQLite event store shared by several processes', () => {
  let database: ReturnType<typeof temporaryDatabase>;
  beforeEach(() => {
    database = temporaryDatabase();
    createSqliteEventStore(database.file).database.close();
  });
  afterEach(() => database.remove());

  it('lets a third process see every event of two concurrent writers exactly once, in position order', async () => {
    const perWriter = 250;
    const subscriber = spawnTypeScript(SUBSCRIBER, [database.file, String(perWriter * 3)]);
    await subscriber.waitForLine((line) => line === 'ready');
    const writers = [
      spawnTypeScript(APPENDER, [database.file, 'left', String(perWriter)]),
      spawnTypeScript(APPENDER, [database.file, 'right', String(perWriter)]),
      spawnTypeScript(APPENDER, [database.file, 'both', String(perWriter / 2), 'shared-stream']),
      spawnTypeScript(APPENDER, [database.file, 'both', String(perWriter / 2), 'shared-stream']),
    ];
    await Promise.all(writers.map((writer) => writer.waitForLine((line) => line === 'done', 90_000)));
    await subscriber.waitForLine((line) => line === 'done', 30_000);

    const seen = subscriber.lines.filter((line) => line.startsWith('seen ')).map((line) => line.split(' '));
    const positions = seen.map(([, position]) => Number(position));
    const seenIds = seen.map(([, , eventId]) => eventId);
    const acked = writers.flatMap((writer) => acknowledged(writer.lines));
    expect(acked).toHaveLength(perWriter * 3);
    expect(seenIds).toHaveLength(perWriter * 3);
    expect(new Set(seenIds).size).toBe(seenIds.length);
    expect(positions.every((position, index) => index === 0 || position > (positions[index - 1] as number))).toBe(true);
    expect(new Set(seenIds)).toEqual(new Set(acked));

    const store = createSqliteEventStore(database.file);
    const all = await store.readAll();
    expect(all.map((event) => event.eventId)).toEqual(seenIds);
    const shared = await store.readStream('shared-stream');
    expect(shared.map((event) => event.revision)).toEqual(Array.from({ length: perWriter }, (_, index) => index));
    expect(verifyChain('shared-stream', shared)).toMatchObject({ valid: true, count: perWriter });
    await store.close();
  }, 120_000);

  it('keeps every acknowledged append after the writer is killed with SIGKILL, with nothing half-written', async () => {
    const writer = spawnTypeScript(APPENDER, [database.file, 'killed', '1000000', 'one-stream']);
    await writer.waitForLine(() => acknowledged(writer.lines).length >= 300, 60_000);
    writer.process.kill('SIGKILL');
    const exit = await writer.exited;
    expect(exit.signal).toBe('SIGKILL');
    const acked = acknowledged(writer.lines);

    const raw = new Database(database.file);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const store = createSqliteEventStore(database.file);
    const stored = await store.readStream('one-stream');
    const storedIds = new Set(stored.map((event) => event.eventId));
    expect(acked.filter((eventId) => !storedIds.has(eventId))).toEqual([]);
    expect(stored.length).toBeGreaterThanOrEqual(acked.length);
    expect(stored.length).toBeLessThanOrEqual(acked.length + 1);
    expect(verifyChain('one-stream', stored)).toMatchObject({ valid: true, count: stored.length });
    await store.close();
  }, 90_000);
});

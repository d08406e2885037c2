import { join } from 'node:path';
import { verifyChain } from '@ia/kernel';
import { describeWithPostgres, spawnTypeScript, temporarySchema, type TypeScriptChild } from '@ia/testing';
import { openPostgresStores } from './postgres-engine';

const APPENDER = join(__dirname, 'test-support', 'appender.child.ts');
const SUBSCRIBER = join(__dirname, 'test-support', 'subscriber.child.ts');
const acknowledged = (child: TypeScriptChild) =>
  child.lines.filter((line) => line.startsWith('ack ')).map((line) => line.split(' ')[1] as string);
/** Longer than the whole test: a reader that keeps up was woken by notifications, not by its poll. */
const NO_POLL = 10 * 60_000;

describeWithPostgres()('PostgreSQL event store shared by several processes', () => {
  let schema: ReturnType<typeof temporarySchema>;
  const children: TypeScriptChild[] = [];
  const spawn = (file: string, args: string[]) => {
    const child = spawnTypeScript(file, args);
    children.push(child);
    return child;
  };
  beforeEach(async () => {
    schema = temporarySchema();
    await (await openPostgresStores(schema.url)).store.close();
  });
  afterEach(async () => {
    for (const child of children.splice(0)) if (child.process.exitCode === null) child.process.kill('SIGKILL');
    await schema.drop();
  });

  it('lets a reader process see every event of four concurrent writer processes exactly once, in position order, woken by notifications', async () => {
    const perWriter = 200;
    const total = perWriter * 4;
    const reader = spawn(SUBSCRIBER, [schema.url, String(total), String(NO_POLL)]);
    await reader.waitForLine((line) => line === 'ready', 30_000);
    const writers = [
      spawn(APPENDER, [schema.url, 'left', String(perWriter)]),
      spawn(APPENDER, [schema.url, 'right', String(perWriter)]),
      spawn(APPENDER, [schema.url, 'both', String(perWriter), 'shared-stream']),
      spawn(APPENDER, [schema.url, 'both', String(perWriter), 'shared-stream']),
    ];
    await Promise.all(writers.map((writer) => writer.waitForLine((line) => line === 'done', 90_000)));
    await reader.waitForLine((line) => line === 'done', 15_000);

    const seen = reader.lines.filter((line) => line.startsWith('seen ')).map((line) => line.split(' '));
    const positions = seen.map(([, position]) => Number(position));
    const seenIds = seen.map(([, , eventId]) => eventId);
    const acked = writers.flatMap(acknowledged);
    expect(acked).toHaveLength(total);
    expect(seenIds).toHaveLength(total);
    expect(new Set(seenIds).size).toBe(total);
    expect(positions.every((position, index) => index === 0 || position > (positions[index - 1] as number))).toBe(true);
    expect(new Set(seenIds)).toEqual(new Set(acked));

    const { store } = await openPostgresStores(schema.url);
    expect((await store.readAll()).map((event) => event.eventId)).toEqual(seenIds);
    const shared = await store.readStream('shared-stream');
    expect(shared.map((event) => event.revision)).toEqual(Array.from({ length: perWriter * 2 }, (_, index) => index));
    expect(verifyChain('shared-stream', shared)).toMatchObject({ valid: true, count: perWriter * 2 });
    await store.close();
  }, 150_000);

  it('keeps every acknowledged append after the writer is killed with SIGKILL, with nothing half-written', async () => {
    const writer = spawn(APPENDER, [schema.url, 'killed', '1000000', 'one-stream']);
    await writer.waitForLine(() => acknowledged(writer).length >= 300, 60_000);
    writer.process.kill('SIGKILL');
    expect((await writer.exited).signal).toBe('SIGKILL');
    const acked = acknowledged(writer);

    const { store } = await openPostgresStores(schema.url);
    const stored = await store.readStream('one-stream');
    const storedIds = new Set(stored.map((event) => event.eventId));
    expect(acked.filter((eventId) => !storedIds.has(eventId))).toEqual([]);
    expect(stored.length).toBeGreaterThanOrEqual(acked.length);
    expect(stored.length).toBeLessThanOrEqual(acked.length + 1);
    expect(verifyChain('one-stream', stored)).toMatchObject({ valid: true, count: stored.length });
    await store.close();
  }, 90_000);
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { newEvent, spawnTypeScript } from '@ia/testing';
import { createSqliteEventStore } from '../sqlite-event-store';
import { createSqliteKeyStore } from '../sqlite-key-store';
import { readManifest, MANIFEST_FILE, EVENTS_FILE } from './manifest';
import { restoreBackup } from './restore';
import { openRestoredStore } from './restored-start';
import { takeBackup } from './take-backup';
import { verifyEventFile } from './event-file';

const APPENDER = join(__dirname, '..', 'test-support', 'appender.child.ts');
const TAKEN_AT = '2026-03-02T18:30:00.000Z';

describe('online backup and restore of the embedded stores', () => {
  let folder: string;
  const path = (...parts: string[]) => join(folder, ...parts);
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'ia-backup-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  async function liveStores() {
    const store = createSqliteEventStore(path('live', 'events.sqlite'));
    const keys = createSqliteKeyStore(path('live', 'keys.sqlite'));
    await store.appendToStream('lead-1', [newEvent('LeadRegistered', { name: '湘乡电气' }), newEvent('FollowUpRecorded')], {
      expectedRevision: 'no_stream',
    });
    await store.appendToStream('lead-2', [newEvent('LeadRegistered', { name: '长沙机械' })], { expectedRevision: 'no_stream' });
    await keys.create('lead-1.contact', new Uint8Array(32).fill(7));
    await keys.create('lead-2.contact', new Uint8Array(32).fill(8));
    await keys.erase('lead-2.contact');
    return { store, keys, close: async () => (await store.close(), keys.close()) };
  }

  it('writes both stores and a manifest with the head, every stream’s last hash and the files’ hashes', async () => {
    const live = await liveStores();
    const lastOfLead1 = (await live.store.readStream('lead-1')).at(-1)!;
    const manifest = await takeBackup(
      { events: live.store.database, keys: live.keys.database, sameConnectionAsWriter: true },
      path('b1'),
      TAKEN_AT,
    );
    await live.close();
    expect(manifest).toMatchObject({ takenAt: TAKEN_AT, headPosition: 3, eventCount: 3, keys: { held: 1, erased: 1 } });
    expect(manifest.streams['lead-1']).toEqual({ revision: 1, hash: lastOfLead1.metadata.hash });
    expect(Object.keys(manifest.streams).sort()).toEqual(['lead-1', 'lead-2']);
    expect(readManifest(path('b1'))).toEqual(manifest);
    expect(manifest.files.events.sha256).toMatch(/^[0-9a-f]{64}$/);
    // One self-contained file each: no write-ahead log beside the copies.
    expect(readdirSync(path('b1')).sort()).toEqual(['events.sqlite', 'keys.sqlite', 'manifest.json']);
    await expect(
      takeBackup({ events: new Database(':memory:'), keys: new Database(':memory:'), sameConnectionAsWriter: true }, path('b1'), TAKEN_AT),
    ).rejects.toThrow('is not empty');
  });

  it('restores into an empty folder only, and the restored start verifies against the manifest once', async () => {
    const live = await liveStores();
    await takeBackup({ events: live.store.database, keys: live.keys.database, sameConnectionAsWriter: true }, path('b1'), TAKEN_AT);
    await live.close();
    writeFileSync(path('occupied.txt'), 'x');
    await expect(
      restoreBackup(path('b1'), { eventsFile: path('occupied.txt', '..', 'events.sqlite'), keysFile: path('keys.sqlite') }, TAKEN_AT),
    ).rejects.toThrow('is not empty');

    const targets = { eventsFile: path('data', 'events.sqlite'), keysFile: path('data', 'keys.sqlite') };
    await restoreBackup(path('b1'), targets, '2026-03-03T01:00:00.000Z');
    const restored = openRestoredStore(targets.eventsFile);
    expect(restored?.marker).toMatchObject({ restoredFrom: path('b1'), headPosition: 3 });
    restored?.acknowledge('2026-03-03T01:00:05.000Z');
    expect(openRestoredStore(targets.eventsFile)).toBeUndefined();
    expect(readdirSync(path('data')).filter((name) => name.startsWith('restored-'))).toHaveLength(1);

    const store = createSqliteEventStore(targets.eventsFile);
    const keys = createSqliteKeyStore(targets.keysFile);
    expect((await store.readStream('lead-1')).map((event) => event.type)).toEqual(['LeadRegistered', 'FollowUpRecorded']);
    expect(await keys.find('lead-1.contact')).toEqual(new Uint8Array(32).fill(7));
    expect(await keys.find('lead-2.contact')).toBeUndefined();
    expect(await keys.isErased('lead-2.contact')).toBe(true);
    await store.close();
    keys.close();
  });

  it('refuses a backup whose files were changed, and one without a manifest', async () => {
    const live = await liveStores();
    await takeBackup({ events: live.store.database, keys: live.keys.database, sameConnectionAsWriter: true }, path('b1'), TAKEN_AT);
    await live.close();
    const targets = { eventsFile: path('data', 'events.sqlite'), keysFile: path('data', 'keys.sqlite') };
    const bytes = readFileSync(path('b1', EVENTS_FILE));
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
    writeFileSync(path('b1', EVENTS_FILE), bytes);
    await expect(restoreBackup(path('b1'), targets, TAKEN_AT)).rejects.toThrow('is not the file the backup wrote');
    rmSync(path('b1', MANIFEST_FILE));
    await expect(restoreBackup(path('b1'), targets, TAKEN_AT)).rejects.toThrow('not a finished backup');
    expect(existsSync(path('data'))).toBe(false);
  });

  it('refuses to start on a restored store that is not the backup: an altered event, a missing stream', async () => {
    const live = await liveStores();
    await takeBackup({ events: live.store.database, keys: live.keys.database, sameConnectionAsWriter: true }, path('b1'), TAKEN_AT);
    await live.close();
    const targets = { eventsFile: path('data', 'events.sqlite'), keysFile: path('data', 'keys.sqlite') };
    await restoreBackup(path('b1'), targets, TAKEN_AT);
    const raw = new Database(targets.eventsFile);
    raw.prepare(`UPDATE events SET data = '{"name":"改过的"}' WHERE stream_name = 'lead-2'`).run();
    expect(() => openRestoredStore(targets.eventsFile)).toThrow('lead-2 at position 3, HASH_MISMATCH');
    raw.prepare(`DELETE FROM events WHERE stream_name = 'lead-2'`).run();
    raw.close();
    expect(() => openRestoredStore(targets.eventsFile)).toThrow('stream lead-2 is missing');
  });

  it('copies every append acknowledged before it began while the same connection keeps writing', async () => {
    const live = await liveStores();
    const filler = 'x'.repeat(2_000);
    for (let index = 0; index < 300; index += 1) {
      await live.store.appendToStream(`bulk-${index}`, [newEvent('Filled', { filler })], { expectedRevision: 'no_stream' });
    }
    const headBefore = await live.store.headPosition();
    let writing = true;
    const writer = (async () => {
      for (let index = 0; writing; index += 1) {
        await live.store.appendToStream(`during-${index}`, [newEvent('Written', { index, filler })], { expectedRevision: 'no_stream' });
      }
    })();
    const manifest = await takeBackup(
      { events: live.store.database, keys: live.keys.database, sameConnectionAsWriter: true },
      path('b1'),
      TAKEN_AT,
    );
    writing = false;
    await writer;
    await live.close();
    expect(manifest.headPosition).toBeGreaterThan(headBefore);
    expect(manifest.chainFailure).toBeUndefined();
    const copy = verifyEventFile(path('b1', EVENTS_FILE));
    expect(copy.failure).toBeUndefined();
    expect(copy.eventCount).toBe(manifest.headPosition);
  });

  it('takes a consistent copy from another connection while another process appends', async () => {
    const live = await liveStores();
    await live.close();
    const eventsFile = path('live', 'events.sqlite');
    const appender = spawnTypeScript(APPENDER, [eventsFile, 'load', '3000']);
    await appender.waitForLine((line) => line.startsWith('ack '), 30_000);
    const ackedBefore = appender.lines.filter((line) => line.startsWith('ack ')).map((line) => line.split(' ')[1]);
    const events = new Database(eventsFile, { readonly: true, fileMustExist: true });
    const keys = new Database(path('live', 'keys.sqlite'), { readonly: true, fileMustExist: true });
    const manifest = await takeBackup({ events, keys, sameConnectionAsWriter: false }, path('b1'), TAKEN_AT);
    events.close();
    keys.close();
    appender.process.kill('SIGKILL');
    await appender.exited;
    expect(manifest.chainFailure).toBeUndefined();
    const copy = new Database(path('b1', EVENTS_FILE), { readonly: true });
    const inCopy = new Set(copy.prepare('SELECT event_id FROM events').pluck().all() as string[]);
    copy.close();
    expect(ackedBefore.filter((id) => !inCopy.has(id as string))).toEqual([]);
    expect(inCopy.size).toBe(manifest.eventCount);
  }, 60_000);
});

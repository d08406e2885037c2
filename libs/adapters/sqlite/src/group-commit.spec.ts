import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { groupCommit } from './group-commit';

describe('group commit', () => {
  let directory: string;
  let writer: Database.Database;
  let reader: Database.Database;
  const committed = () => (reader.prepare('SELECT COUNT(*) AS count FROM notes').get() as { count: number }).count;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'ia-group-commit-'));
    const file = join(directory, 'notes.sqlite');
    writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    writer.exec('CREATE TABLE notes (id TEXT PRIMARY KEY)');
    reader = new Database(file, { readonly: true });
  });
  afterEach(() => {
    writer.close();
    reader.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('commits the writes of one turn of the event loop together, answering none before the commit', async () => {
    const seenOutside: number[] = [];
    const write = groupCommit(writer, (id: string) => {
      writer.prepare('INSERT INTO notes (id) VALUES (?)').run(id);
      // Another connection sees only committed rows: none of the group while the group is open.
      seenOutside.push(committed());
      return id;
    });
    let answered = 0;
    const writes = ['a', 'b', 'c'].map((id) => write(id).then((result) => ((answered += 1), result)));
    expect(answered).toBe(0);
    expect(await Promise.all(writes)).toEqual(['a', 'b', 'c']);
    expect(seenOutside).toEqual([0, 0, 0]);
    expect(committed()).toBe(3);
  });

  it('undoes a write that throws alone, and commits the others of its group', async () => {
    const write = groupCommit(writer, (id: string) => {
      writer.prepare('INSERT INTO notes (id) VALUES (?)').run(`${id}-first`);
      if (id === 'refused') throw new Error('refused by the rules');
      writer.prepare('INSERT INTO notes (id) VALUES (?)').run(`${id}-second`);
      return id;
    });
    const outcomes = await Promise.allSettled([write('one'), write('refused'), write('two')]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(reader.prepare('SELECT id FROM notes ORDER BY id').all()).toEqual([
      { id: 'one-first' },
      { id: 'one-second' },
      { id: 'two-first' },
      { id: 'two-second' },
    ]);
  });

  it('lets a later write of the group see an earlier one, as if they ran one after the other', async () => {
    const write = groupCommit(writer, (id: string) => {
      const before = (writer.prepare('SELECT COUNT(*) AS count FROM notes').get() as { count: number }).count;
      writer.prepare('INSERT INTO notes (id) VALUES (?)').run(id);
      return before;
    });
    expect(await Promise.all([write('a'), write('b'), write('c')])).toEqual([0, 1, 2]);
  });

  it('rejects the whole group when the commit cannot happen, and writes nothing', async () => {
    writer.pragma('busy_timeout = 0');
    const other = new Database(join(directory, 'notes.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    try {
      const write = groupCommit(writer, (id: string) => writer.prepare('INSERT INTO notes (id) VALUES (?)').run(id).changes);
      const outcomes = await Promise.allSettled([write('a'), write('b')]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(committed()).toBe(0);
  });

  it('tells the listener once per commit that changed something, and not for a group that all failed', async () => {
    let commits = 0;
    const write = groupCommit(
      writer,
      (id: string) => {
        if (id.startsWith('bad')) throw new Error('no');
        return writer.prepare('INSERT INTO notes (id) VALUES (?)').run(id).changes;
      },
      () => (commits += 1),
    );
    await Promise.all([write('a'), write('b')]);
    expect(commits).toBe(1);
    await Promise.allSettled([write('bad-1'), write('bad-2')]);
    expect(commits).toBe(1);
    await write('c');
    expect(commits).toBe(2);
  });
});

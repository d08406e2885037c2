import { sessionRecord, sessionStoreContract } from '@ia/testing';
import { createSqliteSessionStore } from './sqlite-session-store';
import { temporaryDatabase } from './test-support/temporary-file';

sessionStoreContract('sqlite', async () => {
  const database = temporaryDatabase();
  const sessions = createSqliteSessionStore(database.file);
  return {
    sessions,
    async dispose() {
      sessions.close();
      database.remove();
    },
  };
});

describe('sqlite session store shared by two processes', () => {
  it('shows a session ended through one connection as ended through the other', async () => {
    const database = temporaryDatabase();
    const suite = createSqliteSessionStore(database.file);
    const tool = createSqliteSessionStore(database.file);
    await suite.save('k1', sessionRecord({ accountId: 'li.na' }), 60_000);
    expect(await tool.listOf('li.na')).toHaveLength(1);
    expect(await tool.end('k1')).toBe(true);
    expect(await suite.find('k1')).toBeUndefined();
    suite.close();
    tool.close();
    database.remove();
  });
});

import { ACCOUNT_CATEGORY, reviseSession, type AccountEvent, type AccountEventType } from '@ia/accounts/domain';
import type { Projection, RecordedEvent } from '@ia/kernel';
import type { ConsoleSessions } from '@ia/platform';

const CHANGES_SESSIONS: ReadonlySet<AccountEventType> = new Set([
  'RoleGranted',
  'RoleWithdrawn',
  'ParkGranted',
  'ParkWithdrawn',
  'PasswordSet',
  'AccountDisabled',
  'AccountLocked',
]);

/**
 * Keeps open sessions in step with their accounts, whoever recorded the change (an administrator here, the
 * command line in another process): a session is revised only by facts recorded after the one it was made
 * from, so replaying the log after a restart leaves newer sessions alone.
 */
export function sessionSync(sessions: ConsoleSessions): Projection {
  return {
    name: 'accounts.session-sync',
    collections: [],
    categories: [ACCOUNT_CATEGORY],
    async apply(recorded: RecordedEvent) {
      if (!CHANGES_SESSIONS.has(recorded.type as AccountEventType)) return;
      const event = { type: recorded.type, data: recorded.data } as AccountEvent;
      for (const { key, record } of await sessions.listOf(event.data.accountId)) {
        if (record.accountPosition >= recorded.position) continue;
        const revision = reviseSession(record, event);
        if (revision.kind === 'end') await sessions.end(key);
        if (revision.kind === 'revise') await sessions.save(key, { ...record, ...revision.grants });
      }
    },
  };
}

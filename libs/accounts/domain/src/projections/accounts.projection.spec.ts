import { createMemoryReadModelStore } from '@ia/adapters/memory';
import { newEvent } from '@ia/testing';
import { created, failed, oneTimePassword } from '../test-fixtures';
import { ACCOUNTS, accountsProjection, type AccountView } from './accounts.projection';

const recorded = (event: { type: string; data: unknown }, revision: number) =>
  ({
    ...newEvent(event.type, event.data),
    streamName: 'account-zhang.wei',
    revision,
    position: revision + 1,
    recordedAt: `2026-03-02T01:00:0${revision}.000Z`,
  }) as never;

describe('accounts read model', () => {
  it('lists an account with its grants and never its credential, applying each event once', async () => {
    const readModels = createMemoryReadModelStore();
    const events = [
      created,
      oneTimePassword,
      { type: 'RoleGranted', data: { accountId: 'zhang.wei', role: 'leader' } },
      failed('2026-03-02T01:00:03.000Z', 1),
    ];
    for (const [revision, event] of events.entries()) await accountsProjection.apply(recorded(event, revision), readModels);
    await accountsProjection.apply(recorded(events[2]!, 2), readModels);
    const view = await readModels.get<AccountView>(ACCOUNTS, 'zhang.wei');
    expect(view).toMatchObject({
      username: 'zhang.wei',
      roles: ['promoter', 'leader'],
      mustChangePassword: true,
      status: 'enabled',
      revision: 3,
    });
    expect(JSON.stringify(view)).not.toContain('sealed-');
  });
});

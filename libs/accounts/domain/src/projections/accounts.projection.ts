import { assertNever, type Projection, type ReadModelStore, type RecordedEvent } from '@ia/kernel';
import { ACCOUNT_CATEGORY } from '../account/decider';
import type { AccountEvent } from '../account/events';
import type { AccountRole, PasswordKind } from '../account/values';

export const ACCOUNTS = 'accounts.accounts';

/** What an administrator's list shows of an account; never the credential. */
export interface AccountView {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly AccountRole[];
  readonly parks: readonly string[];
  readonly status: 'enabled' | 'disabled';
  readonly mustChangePassword: boolean;
  /** Absent for people who only ever signed in through the identity provider. */
  readonly passwordKind?: PasswordKind;
  readonly passwordSetAt?: string;
  /** The identity provider that last vouched for the person, whose claims gave the roles and parks shown. */
  readonly provider?: string;
  readonly lockedUntil?: string;
  readonly lastSignInAt?: string;
  readonly createdAt: string;
  readonly revision: number;
}

function changed(view: AccountView, event: Exclude<AccountEvent, { type: 'AccountCreated' }>, recordedAt: string): AccountView {
  if (event.type === 'SignedInThroughProvider') {
    const { displayName, roles, parks, issuer, at } = event.data;
    return { ...view, displayName, roles, parks, provider: issuer, lastSignInAt: at };
  }
  switch (event.type) {
    case 'RoleGranted':
      return { ...view, roles: [...view.roles, event.data.role] };
    case 'RoleWithdrawn':
      return { ...view, roles: view.roles.filter((role) => role !== event.data.role) };
    case 'ParkGranted':
      return { ...view, parks: [...view.parks, event.data.parkId] };
    case 'ParkWithdrawn':
      return { ...view, parks: view.parks.filter((parkId) => parkId !== event.data.parkId) };
    case 'PasswordSet': {
      const { lockedUntil: _lock, ...rest } = view;
      const base = event.data.kind === 'one-time' ? rest : view;
      return { ...base, passwordKind: event.data.kind, mustChangePassword: event.data.kind === 'one-time', passwordSetAt: recordedAt };
    }
    case 'AccountDisabled':
      return { ...view, status: 'disabled' };
    case 'AccountEnabled':
      return { ...view, status: 'enabled' };
    case 'SignInSucceeded': {
      const { lockedUntil: _lock, ...rest } = view;
      return { ...rest, lastSignInAt: event.data.at };
    }
    case 'SignInFailed':
      return view;
    case 'AccountLocked':
      return { ...view, lockedUntil: event.data.until };
    default:
      return assertNever(event);
  }
}

async function apply(recorded: RecordedEvent, readModels: ReadModelStore): Promise<void> {
  const event = { type: recorded.type, data: recorded.data } as AccountEvent;
  if (event.type === 'AccountCreated') {
    const { accountId, username, displayName, roles, parks } = event.data;
    const view: AccountView = {
      id: accountId,
      username,
      displayName,
      roles,
      parks,
      status: 'enabled',
      mustChangePassword: true,
      passwordKind: 'one-time',
      passwordSetAt: recorded.recordedAt,
      createdAt: recorded.recordedAt,
      revision: recorded.revision,
    };
    await readModels.put(ACCOUNTS, accountId, view);
    return;
  }
  if (event.type === 'SignedInThroughProvider' && !(await readModels.get<AccountView>(ACCOUNTS, event.data.accountId))) {
    const { accountId, displayName, roles, parks, issuer, at } = event.data;
    const view: AccountView = {
      id: accountId,
      username: accountId,
      displayName,
      roles,
      parks,
      status: 'enabled',
      mustChangePassword: false,
      provider: issuer,
      lastSignInAt: at,
      createdAt: recorded.recordedAt,
      revision: recorded.revision,
    };
    await readModels.put(ACCOUNTS, accountId, view);
    return;
  }
  const view = await readModels.get<AccountView>(ACCOUNTS, event.data.accountId);
  // Delivery is at least once: an event the view has seen already changes nothing.
  if (!view || view.revision >= recorded.revision) return;
  await readModels.put(ACCOUNTS, view.id, { ...changed(view, event, recorded.recordedAt), revision: recorded.revision });
}

/** The accounts an administrator lists and searches; sign-in reads the store itself, never this. */
export const accountsProjection: Projection = {
  name: 'accounts',
  collections: [ACCOUNTS],
  categories: [ACCOUNT_CATEGORY],
  apply,
};

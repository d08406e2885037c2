import type { Actor, RecordedEvent } from '@ia/kernel';
import type { AccountEvent, AccountEventType } from './account/events';
import { ACCOUNT_EVENT_DESCRIPTIONS } from './event-descriptions';

export type HistoryKind = 'administration' | 'sign-in';

/** One fact of an account's history as an auditor reads it: who, when, why, and what changed, never the credential. */
export interface AccountHistoryEntry {
  readonly revision: number;
  readonly type: AccountEventType;
  readonly kind: HistoryKind;
  readonly description: { readonly zh: string; readonly en: string };
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: Actor;
  readonly reason?: string;
  readonly facts: Readonly<Record<string, unknown>>;
}

const SIGN_IN: readonly AccountEventType[] = ['SignInSucceeded', 'SignInFailed', 'AccountLocked', 'SignedInThroughProvider'];

function factsOf(event: AccountEvent): Readonly<Record<string, unknown>> {
  if (event.type === 'PasswordSet') return { kind: event.data.kind };
  const { accountId: _account, ...facts } = event.data;
  return facts;
}

export function historyEntry(recorded: RecordedEvent): AccountHistoryEntry {
  const event = { type: recorded.type, data: recorded.data } as AccountEvent;
  const { actor, occurredAt, reason } = recorded.metadata;
  return {
    revision: recorded.revision,
    type: event.type,
    kind: SIGN_IN.includes(event.type) ? 'sign-in' : 'administration',
    description: ACCOUNT_EVENT_DESCRIPTIONS[event.type],
    occurredAt,
    recordedAt: recorded.recordedAt,
    actor,
    ...(reason !== undefined && { reason }),
    facts: factsOf(event),
  };
}

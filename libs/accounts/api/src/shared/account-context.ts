import type { Actor, CommandContext } from '@ia/kernel';
import { currentRequestContext } from '@ia/platform';

/**
 * The context of an account command. Deliberately without an idempotency key or request fingerprint:
 * those are kept with the events for good, and a request that carries a password must leave no trace of it.
 */
export function accountContext(actor: Actor, now: Date, reason?: string): CommandContext {
  const ids = currentRequestContext();
  return {
    actor,
    occurredAt: now.toISOString(),
    correlationId: ids?.correlationId ?? ids?.requestId ?? 'unknown',
    causationId: ids?.requestId ?? 'unknown',
    ...(reason !== undefined && { reason }),
  };
}

import type { CommandContext, IntegrationMessage } from '@ia/kernel';

/**
 * The context of a command that reacts to another service's event. The idempotency key is the
 * consumer and the message's event id, stored atomically with the reaction's events: a redelivered
 * message, even after a crash, returns the first outcome instead of acting twice.
 */
export function reactionContext(
  consumer: string,
  message: IntegrationMessage,
  occurredAt: string = message.occurredAt,
  part?: string,
): CommandContext {
  // One message may cause several commands: each needs its own key, or the second would replay the first.
  const key = `reaction:${consumer}:${message.eventId}${part === undefined ? '' : `:${part}`}`;
  return {
    actor: { id: `system:${consumer}`, role: 'system' },
    occurredAt,
    correlationId: message.correlationId,
    causationId: message.eventId,
    idempotencyKey: key,
    requestHash: key,
  };
}

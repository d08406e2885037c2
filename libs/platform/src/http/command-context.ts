import type { Request } from 'express';
import type { CommandContext } from '@ia/kernel';
import type { Principal } from '../auth/principal';
import { currentRequestContext, requestFingerprint } from '../logging/request-context';
import { ProblemError } from './problem';

export interface CommandOptions {
  /** Business time given by the user, when the fact happened earlier than now. */
  readonly occurredAt?: string | undefined;
  readonly reason?: string | undefined;
}

const KEY = /^[\x21-\x7e]{8,128}$/;

/**
 * What every command carries from the HTTP edge: the actor from the token (never from the body),
 * times, ids, the idempotency key and the revision the client saw (If-Match).
 */
export function commandContext(request: Request, principal: Principal, now: Date, options: CommandOptions = {}): CommandContext {
  const ids = currentRequestContext();
  const key = request.header('idempotency-key');
  if (key !== undefined && !KEY.test(key)) {
    throw new ProblemError(
      400,
      'REQUEST.INVALID_IDEMPOTENCY_KEY',
      '幂等键格式无效',
      'Idempotency-Key must be 8 to 128 printable ASCII characters',
    );
  }
  const expectedRevision = parseIfMatch(request.header('if-match'));
  const occurredAt = options.occurredAt ?? now.toISOString();
  if (Date.parse(occurredAt) > now.getTime() + 5 * 60_000) {
    throw new ProblemError(400, 'REQUEST.OCCURRED_IN_FUTURE', '业务发生时间不能晚于当前时间', 'occurredAt cannot be in the future');
  }
  return {
    actor: { id: principal.id, role: principal.role },
    occurredAt,
    correlationId: ids?.correlationId ?? ids?.requestId ?? 'unknown',
    causationId: ids?.requestId ?? 'unknown',
    ...(options.reason !== undefined && { reason: options.reason }),
    ...(key !== undefined && {
      idempotencyKey: `${principal.id}:${key}`,
      requestHash: requestFingerprint({ method: request.method, path: request.path, body: request.body as unknown }),
    }),
    ...(expectedRevision !== undefined && { expectedRevision }),
  };
}

function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(-?\d{1,9})"?$/.exec(header.trim());
  if (!match?.[1])
    throw new ProblemError(
      400,
      'REQUEST.INVALID_IF_MATCH',
      'If-Match 格式无效',
      'If-Match must carry the revision as returned in ETag, e.g. "3"',
    );
  return Number(match[1]);
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { createHmac } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { canonicalJson } from '@ia/kernel';
import { uuidv7 } from '../engines/ids';

export interface RequestContext {
  readonly requestId: string;
  readonly correlationId: string;
  /** Keys the fingerprint of a request: see requestFingerprint. */
  readonly fingerprintKey: Buffer;
}

const storage = new AsyncLocalStorage<RequestContext>();
// Accept a caller's ids only when they look like ids: they end up in logs and event metadata.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** The fingerprint key, derived from the deployment's secret so that it is the same after a restart. */
export function fingerprintKeyOf(secret: string): Buffer {
  return createHmac('sha256', secret).update('ia:request-fingerprint').digest();
}

/**
 * What an idempotency key is matched on. It is stored with the events for good, and a body may hold personal
 * data (an ID number has few enough values to try them all), so it is a keyed hash, never a plain one.
 */
export function requestFingerprint(value: unknown): string {
  const context = storage.getStore();
  if (!context) throw new Error('A request fingerprint is taken only inside a request');
  return createHmac('sha256', context.fingerprintKey).update(canonicalJson(value)).digest('hex');
}

export const requestContextMiddleware =
  (fingerprintKey: Buffer) =>
  (request: Request, response: Response, next: NextFunction): void => {
    const incoming = (name: string) => {
      const value = request.header(name);
      return value && SAFE_ID.test(value) ? value : undefined;
    };
    const requestId = incoming('x-request-id') ?? uuidv7();
    const correlationId = incoming('x-correlation-id') ?? requestId;
    response.setHeader('x-request-id', requestId);
    response.setHeader('x-correlation-id', correlationId);
    storage.run({ requestId, correlationId, fingerprintKey }, next);
  };

import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { uuidv7 } from '../engines/ids';

export interface RequestContext {
  readonly requestId: string;
  readonly correlationId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();
// Accept a caller's ids only when they look like ids: they end up in logs and event metadata.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

export function requestContextMiddleware(request: Request, response: Response, next: NextFunction): void {
  const incoming = (name: string) => {
    const value = request.header(name);
    return value && SAFE_ID.test(value) ? value : undefined;
  };
  const requestId = incoming('x-request-id') ?? uuidv7();
  const correlationId = incoming('x-correlation-id') ?? requestId;
  response.setHeader('x-request-id', requestId);
  response.setHeader('x-correlation-id', correlationId);
  storage.run({ requestId, correlationId }, next);
}

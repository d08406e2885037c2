import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, problemType } from './problem';

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const EXEMPT = /^\/(health|docs)/;
const MAX_CLIENTS = 50_000;

/**
 * A token bucket per client (its bearer token, or its address without one): a runaway script slows
 * down with 429 instead of starving everyone else. One process's view; a gateway limits the fleet.
 */
export function rateLimit(perMinute: number, now: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();
  const refillPerMillisecond = perMinute / 60_000;
  return (request: Request, response: Response, next: NextFunction) => {
    if (EXEMPT.test(request.path)) return next();
    const authorization = request.header('authorization');
    const client = authorization ? createHash('sha256').update(authorization).digest('base64url') : `ip:${request.ip ?? 'unknown'}`;
    const at = now();
    const bucket = buckets.get(client) ?? { tokens: perMinute, updatedAt: at };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (at - bucket.updatedAt) * refillPerMillisecond);
    bucket.updatedAt = at;
    if (buckets.size >= MAX_CLIENTS && !buckets.has(client)) buckets.clear();
    buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return next();
    }
    const retryAfter = Math.ceil((1 - bucket.tokens) / refillPerMillisecond / 1000);
    response
      .status(429)
      .setHeader('Retry-After', String(retryAfter))
      .type(PROBLEM_CONTENT_TYPE)
      .send(
        JSON.stringify({
          type: problemType('REQUEST.TOO_MANY'),
          status: 429,
          code: 'REQUEST.TOO_MANY',
          title: '请求过于频繁，请稍后再试',
          detail: `Too many requests; try again in ${retryAfter} s`,
          instance: request.path,
        }),
      );
  };
}

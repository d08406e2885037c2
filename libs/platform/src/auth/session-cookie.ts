import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'express';

export const SESSION_COOKIE = 'ia_session';
/** Sent by the console on every unsafe request: a custom header cannot cross sites without a preflight the suite never allows. */
export const CONSOLE_HEADER = 'x-ia-console';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** 256 random bits: the only thing the browser holds. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The store knows a session only by this hash, so a copy of the store is no use for signing in. */
export function sessionKeyOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.header('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** The session token from the cookie, when it looks like one. */
export function sessionTokenOf(request: Request): string | undefined {
  const token = readCookie(request, SESSION_COOKIE);
  return token !== undefined && TOKEN.test(token) ? token : undefined;
}

/** No Max-Age: the browser forgets it when it closes, and the server ends it on its own limits anyway. */
export function sessionCookie(token: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT${secure ? '; Secure' : ''}`;
}

import { SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { SessionRecord } from '@ia/kernel';
import { ProblemError } from '../http/problem';
import { CONSOLE_HEADER } from './session-cookie';

export const BEFORE_PASSWORD_CHANGE = 'ia:before-password-change';

/** Reachable with a one-time password not yet replaced: reading and ending the session, and changing the password. */
export const BeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE, true);

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * What a request authenticated by the console's cookie must also satisfy: an unsafe method carries the
 * console's header (SameSite=Strict is the first line against cross-site requests, this the second), and a
 * one-time password is replaced before anything else is done.
 */
export function checkConsoleRequest(request: Request, session: SessionRecord, beforePasswordChange: boolean): void {
  if (UNSAFE.has(request.method) && request.header(CONSOLE_HEADER) !== '1') {
    throw new ProblemError(
      403,
      'AUTH.CSRF_HEADER_MISSING',
      '请求缺少控制台标识，已拒绝',
      `A request signed in by the console's cookie must carry the header X-IA-Console: 1 for ${request.method}`,
    );
  }
  if (session.mustChangePassword && !beforePasswordChange) {
    throw new ProblemError(
      403,
      'AUTH.PASSWORD_CHANGE_REQUIRED',
      '请先修改初始密码',
      'This account signed in with a one-time password: change it (PUT /api/v1/session/password) before anything else',
    );
  }
}

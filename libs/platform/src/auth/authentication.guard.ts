import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '@ia/kernel';
import { ProblemError } from '../http/problem';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './decorators';
import type { Principal } from './principal';
import { TokenVerifier } from './token-verifier';
import { InvalidTokenError } from './tokens';

/** The one place that decides who may call what: fail closed when a route declares no roles. */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  private readonly logger = new Logger('Authentication');

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const header = request.header('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!match?.[1]) throw new ProblemError(401, 'AUTH.MISSING_TOKEN', '缺少访问令牌', 'A bearer token is required');
    let principal: Principal;
    try {
      principal = await this.tokens.verify(match[1]);
    } catch (error) {
      const reason = error instanceof InvalidTokenError ? error.message : 'invalid token';
      throw new ProblemError(401, 'AUTH.INVALID_TOKEN', '访问令牌无效或已过期', `The bearer token was refused: ${reason}`);
    }
    request.principal = principal;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!roles) {
      this.logger.error(`Route ${request.method} ${request.path} declares no roles; refused`);
      throw new ProblemError(
        403,
        'AUTH.ROUTE_WITHOUT_ROLES',
        '该接口未配置访问权限',
        'This route declares no roles and is closed to everyone',
      );
    }
    if (!roles.includes(principal.role)) {
      throw new ProblemError(403, 'AUTH.ROLE_NOT_ALLOWED', '当前角色无权执行此操作', `Role ${principal.role} may not call this route`);
    }
    return true;
  }
}

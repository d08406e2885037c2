import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '@ia/kernel';
import type { Configuration } from '../config/configuration';
import { CONFIGURATION } from '../engines/tokens';
import { ProblemError } from '../http/problem';
import { BEFORE_PASSWORD_CHANGE, checkConsoleRequest } from './console-rules';
import { ConsoleSessions, type ActiveSession } from './console-sessions';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './decorators';
import { PARK_SCOPE, parkNotAllowed, type ParkLocator, type ParkScope, type ParkSource } from './park-scope';
import type { Principal } from './principal';
import { TokenVerifier } from './token-verifier';
import { sessionTokenOf } from './session-cookie';
import { InvalidTokenError } from './tokens';

type AuthenticatedRequest = Request & { principal?: Principal; consoleSession?: ActiveSession };

/**
 * The one place that decides who may call what: the role a route allows, then the county and the park
 * the caller works for. It fails closed: a route without roles is refused to everyone, and a route that
 * does not say how it is scoped by park is refused to holders of park-scoped tokens.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  private readonly logger = new Logger('Authentication');

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
    private readonly modules: ModuleRef,
    private readonly sessions: ConsoleSessions,
    @Inject(CONFIGURATION) private readonly configuration: Configuration,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request);
    request.principal = principal;
    if (request.consoleSession) {
      const beforePasswordChange = this.reflector.getAllAndOverride<boolean | undefined>(BEFORE_PASSWORD_CHANGE, targets) === true;
      checkConsoleRequest(request, request.consoleSession.record, beforePasswordChange);
    }
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
    this.checkCounty(principal);
    await this.checkPark(principal, request, this.reflector.getAllAndOverride<ParkScope | undefined>(PARK_SCOPE, targets));
    return true;
  }

  /** A bearer token when one is sent (programs), else the console's session cookie. */
  private async authenticate(request: AuthenticatedRequest): Promise<Principal> {
    const header = request.header('authorization');
    if (header === undefined) return this.authenticateSession(request);
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!match?.[1])
      throw new ProblemError(401, 'AUTH.INVALID_TOKEN', '访问令牌无效或已过期', 'The Authorization header must be "Bearer <token>"');
    try {
      return await this.tokens.verify(match[1]);
    } catch (error) {
      const reason = error instanceof InvalidTokenError ? error.message : 'invalid token';
      throw new ProblemError(401, 'AUTH.INVALID_TOKEN', '访问令牌无效或已过期', `The bearer token was refused: ${reason}`);
    }
  }

  private async authenticateSession(request: AuthenticatedRequest): Promise<Principal> {
    const token = sessionTokenOf(request);
    const session = token === undefined ? undefined : await this.sessions.find(token);
    if (!session) {
      throw token === undefined
        ? new ProblemError(401, 'AUTH.UNAUTHENTICATED', '未登录', 'Sign in to the console, or send a bearer token')
        : new ProblemError(401, 'AUTH.UNAUTHENTICATED', '会话已过期或已退出，请重新登录', 'The session has ended: sign in again');
    }
    request.consoleSession = session;
    return this.sessions.principalOf(session.record);
  }

  /** A deployment that names its county accepts no token of another, and county-wide access only from a token naming it. */
  private checkCounty(principal: Principal): void {
    const county = this.configuration.county;
    if (county === undefined) return;
    const wrongCounty = principal.county !== undefined && principal.county !== county;
    const unnamedCountyWide = principal.parks.length === 0 && principal.county === undefined;
    if (wrongCounty || unnamedCountyWide) {
      throw new ProblemError(
        403,
        'AUTH.COUNTY_NOT_ALLOWED',
        '访问令牌不属于本县（市、区）',
        wrongCounty
          ? `The token is for county ${principal.county}, this deployment serves ${county}`
          : `A token without parks must name the county it serves (county claim ${county})`,
      );
    }
  }

  private async checkPark(principal: Principal, request: Request, scope: ParkScope | undefined): Promise<void> {
    if (principal.parks.length === 0) return;
    if (scope === undefined) {
      this.logger.error(`Route ${request.method} ${request.path} declares no park scope; refused to a park-scoped token`);
      throw new ProblemError(
        403,
        'AUTH.ROUTE_WITHOUT_SCOPE',
        '该接口未配置园区范围',
        'This route does not declare how it is scoped by park and is closed to park-scoped tokens',
      );
    }
    if (scope.kind === 'filtered' || scope.kind === 'self') return;
    if (scope.kind === 'county') {
      throw new ProblemError(
        403,
        'AUTH.COUNTY_SCOPE_REQUIRED',
        '仅限全县（市、区）范围的人员操作',
        'Only holders who work for the whole county may call this route',
      );
    }
    const value = valueFrom(request, scope.from);
    // A missing or malformed value is left to validation, which refuses it with its own problem.
    if (value === undefined) return;
    const parkId = scope.locator ? await this.modules.get<ParkLocator>(scope.locator, { strict: false }).parkOf(value) : value;
    if (parkId === undefined) return;
    if (parkId === null || !principal.parks.includes(parkId)) throw parkNotAllowed(parkId);
  }
}

function valueFrom(request: Request, from: ParkSource): string | undefined {
  const container: unknown = 'param' in from ? request.params : 'body' in from ? request.body : request.query;
  const key = 'param' in from ? from.param : 'body' in from ? from.body : from.query;
  if (typeof container !== 'object' || container === null) return undefined;
  const value = (container as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

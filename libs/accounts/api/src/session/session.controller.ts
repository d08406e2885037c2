import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Put, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  BeforePasswordChange,
  clearedSessionCookie,
  CONFIGURATION,
  ConsoleSessions,
  HUMAN_ROLES,
  OwnSession,
  Public,
  Roles,
  RoutePermissions,
  sessionCookie,
  type ActiveSession,
  type Configuration,
} from '@ia/platform';
import { authProblems } from '../shared/auth-problems';
import { PasswordChange } from './password-change.service';
import { ChangePasswordDto, SESSION_VIEW_EXAMPLE, SignInDto, SwitchRoleDto } from './session.dto';
import { sessionView, type SessionView } from './session-view';
import { SignIn } from './sign-in.service';

type SessionRequest = Request & { consoleSession?: ActiveSession };

function consoleSessionOf(request: SessionRequest): ActiveSession {
  if (!request.consoleSession) throw authProblems.sessionRequired();
  return request.consoleSession;
}

/** Signing in to the console and what the signed-in person does with their own session. */
@ApiTags('session 登录会话')
@OwnSession()
@Controller('api/v1/session')
export class SessionController {
  constructor(
    private readonly signIn: SignIn,
    private readonly passwords: PasswordChange,
    private readonly sessions: ConsoleSessions,
    private readonly permissions: RoutePermissions,
    @Inject(CONFIGURATION) private readonly configuration: Configuration,
  ) {}

  @Get('options')
  @Public()
  @ApiOperation({ summary: '登录方式 / How staff can sign in: password, and the identity provider when one is configured' })
  @ApiOkResponse({ schema: { example: { password: true, oidc: { label: '统一身份认证登录', loginUrl: '/api/v1/session/oidc/login' } } } })
  options() {
    const { oidc, passwordSignIn } = this.configuration.sessions;
    return { password: passwordSignIn, oidc: oidc ? { label: oidc.label, loginUrl: '/api/v1/session/oidc/login' } : null };
  }

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: '用户名密码登录 / Sign in with user name and password',
    description:
      'Sets the httpOnly, SameSite=Strict session cookie. 401 AUTH.INVALID_CREDENTIALS, 423 AUTH.ACCOUNT_LOCKED (Retry-After), ' +
      '429 AUTH.SIGN_IN_THROTTLED (Retry-After: each failure makes the next attempt wait longer), 403 AUTH.ACCOUNT_DISABLED.',
  })
  @ApiOkResponse({ schema: { example: SESSION_VIEW_EXAMPLE } })
  async create(@Body() body: SignInDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    if (!this.configuration.sessions.passwordSignIn) throw authProblems.passwordSignInOff();
    try {
      const { token, session } = await this.signIn.withPassword(body.username, body.password, request.ip);
      response.setHeader('Set-Cookie', sessionCookie(token, this.secure(request)));
      return sessionView(session.record, this.sessions, this.configuration.county);
    } catch (error) {
      const retryAfter = (error as { extensions?: { retryAfterSeconds?: unknown } }).extensions?.retryAfterSeconds;
      if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
      throw error;
    }
  }

  @Get()
  @Roles(...HUMAN_ROLES)
  @BeforePasswordChange()
  @ApiOperation({ summary: '当前登录会话 / The signed-in person, their active role, roles and parks' })
  @ApiOkResponse({ schema: { example: SESSION_VIEW_EXAMPLE } })
  read(@Req() request: SessionRequest): SessionView {
    return sessionView(consoleSessionOf(request).record, this.sessions, this.configuration.county);
  }

  @Delete()
  @Roles(...HUMAN_ROLES)
  @BeforePasswordChange()
  @HttpCode(204)
  @ApiOperation({ summary: '退出登录 / Sign out: the session ends on the server and the cookie is cleared' })
  @ApiNoContentResponse()
  async remove(@Req() request: SessionRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.sessions.end(consoleSessionOf(request).key);
    response.setHeader('Set-Cookie', clearedSessionCookie(this.secure(request)));
  }

  @Put('password')
  @Roles(...HUMAN_ROLES)
  @BeforePasswordChange()
  @HttpCode(204)
  @ApiOperation({
    summary: '修改密码 / Change your password',
    description:
      '400 ACCOUNT.PASSWORD_TOO_WEAK (each failed rule in errors), 401 AUTH.INVALID_CREDENTIALS; other sessions of the account end.',
  })
  @ApiNoContentResponse()
  async changePassword(@Body() body: ChangePasswordDto, @Req() request: SessionRequest): Promise<void> {
    await this.passwords.change(consoleSessionOf(request), body.currentPassword, body.newPassword, request.ip);
  }

  @Put('role')
  @Roles(...HUMAN_ROLES)
  @ApiOperation({ summary: '切换当前角色 / Act in another of your roles' })
  @ApiOkResponse({ schema: { example: { ...SESSION_VIEW_EXAMPLE, role: 'leader' } } })
  async switchRole(@Body() body: SwitchRoleDto, @Req() request: SessionRequest): Promise<SessionView> {
    const { key, record } = consoleSessionOf(request);
    if (!record.roles.includes(body.role)) throw authProblems.roleNotHeld(body.role);
    const switched = { ...record, activeRole: body.role };
    await this.sessions.save(key, switched);
    return sessionView(switched, this.sessions, this.configuration.county);
  }

  @Get('permissions')
  @Roles(...HUMAN_ROLES)
  @BeforePasswordChange()
  @ApiOperation({ summary: '各接口允许的角色与园区范围 / Who may call each route, from the rules the guard enforces' })
  @ApiOkResponse({
    schema: {
      example: { routes: [{ method: 'POST', path: '/api/v1/leads/{id}/follow-ups', roles: ['promoter', 'admin'], parkScope: 'park' }] },
    },
  })
  routes() {
    return { routes: this.permissions.list() };
  }

  private secure(request: Request): boolean {
    return this.configuration.sessions.secureCookie || request.secure;
  }
}

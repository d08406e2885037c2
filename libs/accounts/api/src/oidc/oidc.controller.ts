import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  CLOCK,
  CONFIGURATION,
  OwnSession,
  ProblemError,
  Public,
  readCookie,
  sessionCookie,
  type Clock,
  type Configuration,
} from '@ia/platform';
import { SignIn } from '../session/sign-in.service';
import { OidcClient, OidcError, newTransaction } from './oidc-client';
import { TRANSACTION_COOKIE, TransactionCookie } from './oidc-transaction';
import { identityFromClaims } from './provider-claims';
import { OidcCallbackQueryString, OidcLoginQueryString } from './oidc.dto';

const problems = {
  notConfigured: () =>
    new ProblemError(404, 'AUTH.OIDC_NOT_CONFIGURED', '未配置统一身份认证', 'No OpenID Connect provider is configured (IA_OIDC_ISSUER)'),
  stale: () =>
    new ProblemError(
      400,
      'AUTH.OIDC_STATE_MISMATCH',
      '登录已过期或不是由本浏览器发起，请重新登录',
      'The sign-in was not started in this browser, or too long ago: start again',
    ),
  refused: (detail: string) => new ProblemError(401, 'AUTH.OIDC_FAILED', '统一身份认证登录失败', detail),
  noRole: () =>
    new ProblemError(
      403,
      'AUTH.OIDC_NO_ROLE',
      '您的统一身份认证账号未被授予本系统的角色，请联系管理员',
      'The identity provider grants this person no role of the suite',
    ),
  badIdentity: (what: string) =>
    new ProblemError(
      403,
      'AUTH.OIDC_UNUSABLE_IDENTITY',
      '统一身份认证返回的身份信息无法使用，请联系管理员',
      `The provider's ${what} claim cannot be used`,
    ),
};

/** Where to go after sign-in: a path of this site only, never another origin. */
function safeReturnTo(value: string | undefined): string {
  return value !== undefined && /^\/(?![/\\])[\x21-\x7e]*$/.test(value) ? value : '/';
}

/** Sign-in through the county's identity provider: authorization code with PKCE, state and nonce. */
@ApiTags('session 登录会话')
@OwnSession()
@Controller('api/v1/session/oidc')
export class OidcController {
  private readonly client: OidcClient | undefined;
  private readonly transactions: TransactionCookie;

  constructor(
    private readonly signIn: SignIn,
    @Inject(CONFIGURATION) private readonly configuration: Configuration,
    @Inject(CLOCK) clock: Clock,
  ) {
    const { oidc, secureCookie } = configuration.sessions;
    this.client = oidc && new OidcClient(oidc);
    this.transactions = new TransactionCookie(configuration.jwt.secret, secureCookie, () => clock.now());
  }

  @Get('login')
  @Public()
  @ApiOperation({ summary: '跳转统一身份认证登录 / Go to the identity provider (authorization code with PKCE)' })
  @ApiFoundResponse({ description: 'Redirect to the identity provider' })
  async login(@Query() query: OidcLoginQueryString, @Res() response: Response): Promise<void> {
    if (!this.client) throw problems.notConfigured();
    const transaction = newTransaction(safeReturnTo(query.returnTo));
    const location = await this.client.authorizationUrl(transaction).catch((error: unknown) => {
      throw problems.refused(`The identity provider cannot be reached: ${error instanceof Error ? error.message : String(error)}`);
    });
    response.setHeader('Set-Cookie', this.transactions.seal(transaction));
    response.redirect(302, location);
  }

  @Get('callback')
  @Public()
  @ApiOperation({ summary: '统一身份认证回调：建立会话 / The provider sends the browser back here; the session cookie is set' })
  @ApiFoundResponse({ description: 'Redirect to / or to the returnTo that was asked for' })
  async callback(@Query() query: OidcCallbackQueryString, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { client } = this;
    const settings = this.configuration.sessions.oidc;
    if (!client || !settings) throw problems.notConfigured();
    const transaction = this.transactions.open(readCookie(request, TRANSACTION_COOKIE));
    response.setHeader('Set-Cookie', this.transactions.cleared());
    if (!transaction || query.state !== transaction.state) throw problems.stale();
    if (query.error !== undefined) throw problems.refused(`The identity provider answered ${query.error}`);
    // RFC 9207: a response that says it comes from another issuer is a mix-up.
    if (query.iss !== undefined && query.iss.replace(/\/$/, '') !== settings.issuer)
      throw problems.refused(`The response names issuer ${query.iss}`);
    if (query.code === undefined) throw problems.refused('The identity provider sent no authorization code');
    let claims;
    try {
      claims = await client.claimsFor(query.code, transaction);
    } catch (error) {
      if (error instanceof OidcError || error instanceof TypeError) throw problems.refused(error.message);
      throw error;
    }
    const verdict = identityFromClaims(claims, settings);
    if (verdict.kind === 'refused') throw verdict.reason === 'role' ? problems.noRole() : problems.badIdentity(verdict.reason);
    const { token } = await this.signIn.withProvider(verdict.identity, settings.issuer, request.ip);
    response.setHeader('Set-Cookie', [
      this.transactions.cleared(),
      sessionCookie(token, this.configuration.sessions.secureCookie || request.secure),
    ]);
    response.redirect(302, transaction.returnTo);
  }
}

import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { accountErrors } from '@ia/accounts/domain';
import { CountyWide, CurrentPrincipal, Roles, written, type Principal } from '@ia/platform';
import { AccountAdministration, accountIdOf } from './account-administration.service';
import { CreateAccountDto, HistoryQueryString, ListAccountsQueryString } from './administration.dto';
import { GetAccount, GetAccountHistory, ListAccounts, pageOf } from './queries';

const ACCOUNT_EXAMPLE = {
  id: 'zhang.wei',
  username: 'zhang.wei',
  displayName: '张伟',
  roles: ['promoter', 'leader'],
  parks: ['xiangxiang-edz'],
  status: 'enabled',
  mustChangePassword: false,
  passwordKind: 'chosen',
  passwordSetAt: '2026-03-02T01:10:00.000Z',
  lastSignInAt: '2026-03-04T00:58:12.000Z',
  createdAt: '2026-03-02T01:00:00.000Z',
  revision: 6,
};

const numberOr = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value));

/** The county's staff accounts: administrators manage them, auditors read who could do what, and when. */
@ApiTags('accounts 账号管理')
@ApiBearerAuth()
// Accounts span every park of the county: county-wide administrators and auditors only.
@CountyWide()
@Controller('api/v1/accounts')
export class AccountsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly administration: AccountAdministration,
  ) {}

  @Get()
  @Roles('admin', 'auditor')
  @ApiOperation({ summary: '账号列表：检索、筛选、分页 / Accounts, searched, filtered and paginated' })
  @ApiOkResponse({ schema: { example: { items: [ACCOUNT_EXAMPLE], total: 1, page: 1, pageSize: 20 } } })
  async list(@Query() query: ListAccountsQueryString) {
    const accounts = await this.queries.execute(new ListAccounts(query));
    return pageOf(accounts, numberOr(query.page, 1), numberOr(query.pageSize, 20));
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: '开设账号并生成一次性密码（仅显示一次）/ Create an account; its one-time password is answered once' })
  @ApiCreatedResponse({ schema: { example: { id: 'zhang.wei', revision: 1, oneTimePassword: 'Kp7d-Xm3q-9Rtw-Hb2e' } } })
  @ApiConflictResponse({ description: 'ACCOUNT.USERNAME_TAKEN 用户名已被使用' })
  async create(@Body() body: CreateAccountDto, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const { username, displayName, roles, parks, reason } = body;
    const created = await this.administration.create({ username, displayName, roles, parks }, principal, reason);
    response.status(201);
    return {
      ...written(response, created.accountId, created.result, `/api/v1/accounts/${created.accountId}`),
      oneTimePassword: created.oneTimePassword,
    };
  }

  @Get(':id')
  @Roles('admin', 'auditor')
  @ApiOperation({ summary: '账号详情 / One account' })
  @ApiOkResponse({ schema: { example: ACCOUNT_EXAMPLE } })
  @ApiNotFoundResponse({ description: 'ACCOUNT.NOT_FOUND 账号不存在' })
  async read(@Param('id') id: string) {
    const account = await this.queries.execute(new GetAccount(accountIdOf(id)));
    if (!account) throw accountErrors.notFound();
    return account;
  }

  @Get(':id/history')
  @Roles('admin', 'auditor')
  @ApiOperation({
    summary: '账号历史：谁在何时拥有哪些角色和园区、密码设置、停用、登录 / Who had which roles and parks when, passwords set, sign-ins',
  })
  @ApiOkResponse({
    schema: {
      example: {
        items: [
          {
            revision: 2,
            type: 'RoleGranted',
            kind: 'administration',
            description: { zh: '授予角色', en: 'Role granted' },
            occurredAt: '2026-03-03T02:00:00.000Z',
            recordedAt: '2026-03-03T02:00:00.120Z',
            actor: { id: 'admin', role: 'admin' },
            reason: '兼任包联领导',
            facts: { role: 'leader' },
          },
        ],
        total: 1,
        page: 1,
        pageSize: 50,
      },
    },
  })
  async history(@Param('id') id: string, @Query() query: HistoryQueryString) {
    const entries = await this.queries.execute(new GetAccountHistory(accountIdOf(id), query.kind));
    if (entries.length === 0 && !(await this.queries.execute(new GetAccount(accountIdOf(id))))) throw accountErrors.notFound();
    return pageOf(entries, numberOr(query.page, 1), numberOr(query.pageSize, 50));
  }
}

import { Body, Controller, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CountyWide, CurrentPrincipal, Roles, written, type Principal } from '@ia/platform';
import { AccountAdministration, accountIdOf } from './account-administration.service';
import { DisableAccountDto, ReasonDto, SetParksDto, SetRolesDto } from './administration.dto';

const WRITTEN = { schema: { example: { id: 'zhang.wei', revision: 7 } } };

/** Changes an administrator makes to an account; its open sessions follow at once. */
@ApiTags('accounts 账号管理')
@ApiBearerAuth()
@CountyWide()
@Controller('api/v1/accounts/:id')
export class AccountChangesController {
  constructor(private readonly administration: AccountAdministration) {}

  @Put('roles')
  @Roles('admin')
  @ApiOperation({ summary: '设置账号的全部角色（记录授予与撤销）/ Set every role the account holds; grants and withdrawals are recorded' })
  @ApiOkResponse(WRITTEN)
  @ApiConflictResponse({ description: 'ACCOUNT.OWN_ADMINISTRATION 不能撤销自己的管理员角色' })
  async roles(
    @Param('id') id: string,
    @Body() body: SetRolesDto,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const accountId = accountIdOf(id);
    const result = await this.administration.change(
      accountId,
      { type: 'SetRoles', data: { roles: body.roles, by: principal.id } },
      principal,
      body.reason,
    );
    return written(response, accountId, result);
  }

  @Put('parks')
  @Roles('admin')
  @ApiOperation({ summary: '设置账号的全部园区（空为全县）/ Set every park of the account; none means the whole county' })
  @ApiOkResponse(WRITTEN)
  async parks(
    @Param('id') id: string,
    @Body() body: SetParksDto,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const accountId = accountIdOf(id);
    const result = await this.administration.change(accountId, { type: 'SetParks', data: { parks: body.parks } }, principal, body.reason);
    return written(response, accountId, result);
  }

  @Post('disable')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: '停用账号（其会话立即结束）/ Disable the account; its sessions end at once' })
  @ApiOkResponse(WRITTEN)
  @ApiConflictResponse({ description: 'ACCOUNT.OWN_ADMINISTRATION 不能停用自己的账号' })
  async disable(
    @Param('id') id: string,
    @Body() body: DisableAccountDto,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const accountId = accountIdOf(id);
    const result = await this.administration.change(
      accountId,
      { type: 'DisableAccount', data: { by: principal.id } },
      principal,
      body.reason,
    );
    return written(response, accountId, result);
  }

  @Post('enable')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: '启用账号 / Enable the account again' })
  @ApiOkResponse(WRITTEN)
  async enable(
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const accountId = accountIdOf(id);
    const result = await this.administration.change(accountId, { type: 'EnableAccount', data: {} }, principal, body.reason);
    return written(response, accountId, result);
  }

  @Post('password-reset')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: '重置为一次性密码（仅显示一次，解除锁定，会话结束）/ Reset to a one-time password, answered once; lifts a lock, ends sessions',
  })
  @ApiOkResponse({ schema: { example: { id: 'zhang.wei', revision: 8, oneTimePassword: 'Kp7d-Xm3q-9Rtw-Hb2e' } } })
  async resetPassword(
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const accountId = accountIdOf(id);
    const { oneTimePassword, result } = await this.administration.resetPassword(accountId, principal, body.reason);
    return { ...written(response, accountId, result), oneTimePassword };
  }
}

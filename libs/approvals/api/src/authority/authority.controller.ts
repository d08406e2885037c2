import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { unmetPrerequisites } from '@ia/approvals/domain';
import { CurrentPrincipal, InPark, Roles, type Principal } from '@ia/platform';
import { CommandRunner } from '../shared/command-runner';
import { ParseIdPipe } from '../shared/identifiers';
import { ApiItemCommand } from '../shared/openapi';
import { ItemParks } from '../shared/park-locators';
import { ApprovalReadModels } from '../shared/read-models';
import { DatedReasonBody, GrantBody, SubmitBody } from './authority.dto';

@ApiTags('代办审批 · 报送与办结 / authority')
@ApiBearerAuth()
@Controller('api/v1/approvals/:itemId')
@InPark({ param: 'itemId' }, ItemParks)
export class AuthorityController {
  constructor(
    private readonly runner: CommandRunner,
    private readonly readModels: ApprovalReadModels,
  ) {}

  @Post('submission')
  @HttpCode(200)
  @Roles('agent', 'admin')
  @ApiItemCommand('报送审批部门', 'Submit the accepted file to the authority.', [
    'APPROVAL.NOT_ACCEPTED',
    '审批事项尚未受理',
    'The item has not been accepted',
  ])
  submit(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: SubmitBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.runner.onItem(
      { request, response, principal },
      itemId,
      { type: 'Submit', data: { submittedOn: body.submittedOn, authority: body.authority } },
      { date: body.submittedOn },
    );
  }

  /**
   * Prerequisites are read from the project's read model, which is current for this process's own writes
   * (every write waits for it); a grant racing a prerequisite's revocation elsewhere may pass, and the
   * revocation stays visible on the prerequisite item.
   */
  @Post('grant')
  @HttpCode(200)
  @Roles('agent', 'admin')
  @ApiItemCommand(
    '办结发证',
    'Record the licence: number, date and, for the filing, the national project code. Prerequisite items must be granted.',
    ['APPROVAL.PREREQUISITES_NOT_GRANTED', '前置审批事项尚未办结', 'Grant these items first: business_registration'],
  )
  async grant(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: GrantBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const item = await this.readModels.item(itemId);
    const unmet = item === undefined ? [] : unmetPrerequisites(item.state, await this.readModels.projectItems(item.state.projectId));
    const { grantedOn, licenceNumber, projectCode } = body;
    return this.runner.onItem(
      { request, response, principal },
      itemId,
      { type: 'Grant', data: { grantedOn, licenceNumber, unmetPrerequisites: unmet, ...(projectCode !== undefined && { projectCode }) } },
      { date: grantedOn },
    );
  }

  @Post('rejection')
  @HttpCode(200)
  @Roles('agent', 'admin')
  @ApiItemCommand('不予许可', 'Record the authority’s refusal with its reason.', [
    'APPROVAL.NOT_SUBMITTED',
    '审批事项尚未报送审批部门',
    'The item is not with the authority',
  ])
  reject(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: DatedReasonBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.runner.onItem(
      { request, response, principal },
      itemId,
      { type: 'Reject', data: { rejectedOn: body.on, reason: body.reason } },
      { date: body.on, reason: body.reason },
    );
  }

  @Post('correction-request')
  @HttpCode(200)
  @Roles('agent', 'admin')
  @ApiItemCommand('退回补正', 'The authority returned the file for correction; submit it again once corrected.', [
    'APPROVAL.NOT_SUBMITTED',
    '审批事项尚未报送审批部门',
    'The item is not with the authority',
  ])
  returnForCorrection(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: DatedReasonBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.runner.onItem(
      { request, response, principal },
      itemId,
      { type: 'ReturnForCorrection', data: { returnedOn: body.on, reason: body.reason } },
      { date: body.on, reason: body.reason },
    );
  }
}

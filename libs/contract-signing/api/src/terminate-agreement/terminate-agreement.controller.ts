import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  CLOCK,
  commandContext,
  CurrentPrincipal,
  EventSourcingRuntime,
  InPark,
  Roles,
  type Clock,
  type Principal,
  businessDateOf,
  occurredAtOf,
  replyOnceVisible,
} from '@ia/platform';
import { ChangeAgreementCommand } from '../shared/change-agreement.handler';
import { AgreementParks } from '../shared/park-locators';
import { TerminateAgreementDto } from './terminate-agreement.dto';

@ApiTags('contract-signing 投资协议')
@ApiBearerAuth()
@Controller('api/v1/agreements')
export class TerminateAgreementController {
  constructor(
    private readonly commands: CommandBus,
    private readonly runtime: EventSourcingRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/terminate')
  @HttpCode(200)
  @Roles('promoter', 'admin')
  @InPark({ param: 'id' }, AgreementParks)
  @ApiOperation({ summary: '解除协议（保留全部历史）/ Terminate an agreement with its reason; its history stays' })
  @ApiBody({
    type: TerminateAgreementDto,
    examples: { 协商解约: { value: { terminatedOn: '2026-10-08', reason: '企业资金链断裂，双方协商解除协议' } } },
  })
  @ApiOkResponse({ schema: { example: { id: '0190a3b2-7c41-7e21-9a55-3f0c2d9e8b10', revision: 3 } } })
  @ApiConflictResponse({ description: 'AGREEMENT.TERMINATED（协议已解除）、AGREEMENT.DATE_BEFORE_SIGNING、AGREEMENT.DATE_IN_FUTURE' })
  async terminate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TerminateAgreementDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const now = this.clock.now();
    const data = { terminatedOn: body.terminatedOn, today: businessDateOf(now), reason: body.reason };
    const context = commandContext(request, principal, now, { reason: body.reason, occurredAt: occurredAtOf(body.terminatedOn, now) });
    const result = await this.commands.execute(new ChangeAgreementCommand(id, { type: 'TerminateAgreement', data }, context));
    return replyOnceVisible(this.runtime, response, result, { id });
  }
}

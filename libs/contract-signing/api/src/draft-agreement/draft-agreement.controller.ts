import { Body, Controller, Inject, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  CLOCK,
  commandContext,
  CurrentPrincipal,
  EventSourcingRuntime,
  ID_GENERATOR,
  InPark,
  Roles,
  type Clock,
  type IdGenerator,
  type Principal,
  replyOnceVisible,
} from '@ia/platform';
import { QualifiedLeadParks } from '../shared/park-locators';
import { toTerms } from '../shared/terms';
import { DRAFT_EXAMPLE, DraftAgreementDto } from './draft-agreement.dto';
import { DraftAgreementCommand } from './draft-agreement.handler';

@ApiTags('contract-signing 投资协议')
@ApiBearerAuth()
@Controller('api/v1/agreements')
export class DraftAgreementController {
  constructor(
    private readonly commands: CommandBus,
    private readonly runtime: EventSourcingRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  @Post()
  @Roles('promoter', 'admin')
  @InPark({ body: 'leadId' }, QualifiedLeadParks)
  @ApiOperation({ summary: '根据已通过筛选的线索起草投资协议 / Draft an investment agreement from a qualified lead' })
  @ApiBody({ type: DraftAgreementDto, examples: { 智能装备项目: { value: DRAFT_EXAMPLE } } })
  @ApiCreatedResponse({ description: '已起草', schema: { example: { id: '0190a3b2-7c41-7e21-9a55-3f0c2d9e8b10', revision: 0 } } })
  @ApiConflictResponse({
    description: 'AGREEMENT.LEAD_NOT_QUALIFIED（线索未通过筛选）、AGREEMENT.ALREADY_SIGNED_FOR_LEAD、AGREEMENT.INCENTIVE_NOT_IN_CATALOG 等',
  })
  async draft(
    @Body() body: DraftAgreementDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const id = this.newId();
    const context = commandContext(request, principal, this.clock.now());
    const result = await this.commands.execute(new DraftAgreementCommand(id, body.leadId, toTerms(body), context));
    const agreementId = result.streamName.slice('agreement-'.length);
    return replyOnceVisible(this.runtime, response, result, { id: agreementId }, `/api/v1/agreements/${agreementId}`);
  }
}

import { Body, Controller, Inject, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
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
  businessDateOf,
  occurredAtOf,
  replyOnceVisible,
} from '@ia/platform';
import { ChangeAgreementCommand } from '../shared/change-agreement.handler';
import { toCommitments } from '../shared/mapping';
import { AgreementParks } from '../shared/park-locators';
import { SupplementAgreementDto } from './supplement-agreement.dto';

@ApiTags('contract-signing 投资协议')
@ApiBearerAuth()
@Controller('api/v1/agreements')
export class SupplementAgreementController {
  constructor(
    private readonly commands: CommandBus,
    private readonly runtime: EventSourcingRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  @Post(':id/supplements')
  @Roles('promoter', 'admin')
  @InPark({ param: 'id' }, AgreementParks)
  @ApiOperation({ summary: '签订补充协议（增资只计增量）/ Sign a supplementary agreement; a capital increase counts only its increment' })
  @ApiBody({
    type: SupplementAgreementDto,
    examples: {
      增资扩产: {
        value: {
          signedOn: '2026-09-01',
          summary: '增资扩产：新增一条智能装备生产线，总投资增至1.5亿元',
          commitments: {
            totalInvestment: 150_000_000,
            fixedAssetInvestment: 110_000_000,
            landAreaSquareMetres: 33_333.33,
            daysFromDeliveryToStart: 30,
            monthsToProduction: 18,
            jobs: 260,
            taxPerMu: 180_000,
          },
        },
      },
    },
  })
  @ApiCreatedResponse({
    schema: { example: { id: '0190a3b2-7c41-7e21-9a55-3f0c2d9e8b10', supplementId: '0190b111-2222-7333-8444-555566667777', revision: 2 } },
  })
  @ApiConflictResponse({ description: 'AGREEMENT.NOT_SIGNED（协议尚未签订）、AGREEMENT.DATE_BEFORE_SIGNING、AGREEMENT.TERMINATED 等' })
  async supplement(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SupplementAgreementDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const now = this.clock.now();
    const supplementId = this.newId();
    const data = {
      supplementId,
      signedOn: body.signedOn,
      today: businessDateOf(now),
      summary: body.summary,
      commitments: toCommitments(body.commitments),
    };
    const result = await this.commands.execute(
      new ChangeAgreementCommand(
        id,
        { type: 'SupplementAgreement', data },
        commandContext(request, principal, now, { occurredAt: occurredAtOf(body.signedOn, now) }),
      ),
    );
    return replyOnceVisible(this.runtime, response, result, { id, supplementId }, `/api/v1/agreements/${id}`);
  }
}

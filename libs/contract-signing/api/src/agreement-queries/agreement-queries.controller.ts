import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IsIn } from 'class-validator';
import { CurrentPrincipal, InPark, ParkFiltered, Roles, type Principal } from '@ia/platform';
import { AGREEMENT_STATUSES, type AgreementStatus } from '@ia/contract-signing/domain';
import { AgreementParks } from '../shared/park-locators';
import { Absent } from '../shared/validation';
import { GetAgreement, ListAgreements } from './agreement-queries';

export class ListAgreementsQuery {
  @ApiPropertyOptional({
    enum: AGREEMENT_STATUSES,
    description: '协议状态：draft 草案、signed 已签订、terminated 已解除',
    example: 'signed',
  })
  @Absent()
  @IsIn(AGREEMENT_STATUSES)
  status?: AgreementStatus;
}

const EXAMPLE = {
  agreementId: '0190a3b2-7c41-7e21-9a55-3f0c2d9e8b10',
  status: 'signed',
  projectName: '年产5万台智能装备产业园项目',
  enterprise: { name: '湘乡智能装备有限公司', uscc: '91430381MA4L1234X9', industrySection: 'C', industryDivision: '38' },
  signing: { projectId: '0190a3b2-9d00-7f3e-8c11-2b7a6e5d4c3f', signedOn: '2026-03-02', registrationDueOn: '2026-03-02' },
  countedInvestment: 120_000_000,
  revision: 1,
};

@ApiTags('contract-signing 投资协议')
@ApiBearerAuth()
@Controller('api/v1/agreements')
export class AgreementQueriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('promoter', 'admin', 'leader', 'auditor', 'agent')
  @ParkFiltered()
  @ApiOperation({ summary: '按状态查询投资协议 / Agreements, by status' })
  @ApiOkResponse({ schema: { example: { items: [EXAMPLE] } } })
  async list(@Query() query: ListAgreementsQuery, @CurrentPrincipal() principal: Principal) {
    return { items: await this.queries.execute(new ListAgreements(principal, query.status)) };
  }

  @Get(':id')
  @Roles('promoter', 'admin', 'leader', 'auditor', 'agent')
  @InPark({ param: 'id' }, AgreementParks)
  @ApiOperation({
    summary: '查看投资协议（含承诺、优惠政策测算、补充协议）/ One agreement with commitments, incentive figures, supplements',
  })
  @ApiOkResponse({ schema: { example: EXAMPLE } })
  @ApiNotFoundResponse({ description: 'AGREEMENT.NOT_FOUND（投资协议不存在）' })
  async get(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) response: Response) {
    const agreement = await this.queries.execute(new GetAgreement(id));
    response.setHeader('ETag', `"${agreement.revision}"`);
    return agreement;
  }
}

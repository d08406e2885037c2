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

/** One agreement in full: its commitments and the incentives with the figures the server computed. */
const DETAIL_EXAMPLE = {
  ...EXAMPLE,
  leadId: '0190a3b2-6a00-7b11-8c22-3d4e5f6a7b8c',
  parkId: 'xiangxiang-edz',
  parties: { parkSignatory: '王主任', enterpriseSignatory: '李总' },
  approvalPackage: 'standard_industrial',
  commitments: {
    totalInvestment: 150_000_000,
    fixedAssetInvestment: 120_000_000,
    landAreaSquareMetres: 66_667,
    parcelCode: 'XX-2026-03',
    daysFromDeliveryToStart: 30,
    monthsToProduction: 18,
    jobs: 300,
    taxPerMu: 200_000,
  },
  incentives: [
    {
      code: 'three-free-two-half',
      terms: {
        kind: 'rent_waiver',
        code: 'three-free-two-half',
        name: '标准厂房租金三免两减半',
        rentPerSquareMetrePerYear: 144,
        periods: [
          { fromYear: 1, toYear: 3, waivedPercent: 100 },
          { fromYear: 4, toYear: 5, waivedPercent: 50 },
        ],
      },
      figures: {
        kind: 'rent_waiver',
        factoryAreaSquareMetres: 5000,
        annualRent: 720_000,
        years: [{ year: 1, rent: 720_000, waivedPercent: 100, waived: 720_000 }],
        totalWaived: 2_880_000,
      },
    },
    {
      code: 'fixed-asset-reward',
      terms: {
        kind: 'investment_reward',
        code: 'fixed-asset-reward',
        name: '固定资产投资奖励',
        rateBasisPoints: 500,
        threshold: 5_000_000,
        cap: 5_000_000,
      },
      figures: { kind: 'investment_reward', fixedAssetInvestment: 120_000_000, reward: 5_000_000 },
    },
    {
      code: 'free-premises',
      terms: {
        kind: 'free_premises',
        code: 'free-premises',
        name: '免费提供办公、公寓和停车',
        premises: ['office', 'apartment', 'parking'],
        years: 3,
      },
      figures: { kind: 'free_premises', premises: ['office', 'apartment', 'parking'], years: 3 },
    },
  ],
  supplements: [],
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
  @ApiOkResponse({ schema: { example: DETAIL_EXAMPLE } })
  @ApiNotFoundResponse({ description: 'AGREEMENT.NOT_FOUND（投资协议不存在）' })
  async get(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) response: Response) {
    const agreement = await this.queries.execute(new GetAgreement(id));
    response.setHeader('ETag', `"${agreement.revision}"`);
    return agreement;
  }
}

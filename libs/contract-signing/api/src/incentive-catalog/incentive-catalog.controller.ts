import { Body, Controller, Delete, Get, Inject, Param, Put, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  replyOnceVisible,
} from '@ia/platform';
import { DEFAULT_INCENTIVES, type CatalogCommand, type IncentiveTerms } from '@ia/contract-signing/domain';
import { ExecuteCatalogCommand } from '../shared/execute';
import { GetIncentiveCatalog } from './incentive-catalog.query';
import { FreePremisesDto, IncentiveParams, InvestmentRewardDto, ParkParams, RentWaiverDto } from './incentive.dto';

const CATALOG = 'api/v1/parks/:parkId/incentive-catalog';

@ApiTags('contract-signing 园区优惠政策目录')
@ApiBearerAuth()
@InPark({ param: 'parkId' })
@Controller(CATALOG)
export class IncentiveCatalogController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly runtime: EventSourcingRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('promoter', 'admin', 'leader', 'auditor', 'agent')
  @ApiOperation({ summary: '园区优惠政策目录（未配置时为默认目录）/ The park’s incentive catalog, the default until configured' })
  @ApiOkResponse({ schema: { example: { parkId: 'park-east', configured: false, incentives: DEFAULT_INCENTIVES } } })
  async get(@Param() params: ParkParams) {
    return this.queries.execute(new GetIncentiveCatalog(params.parkId));
  }

  @Put('rent-waivers/:code')
  @Roles('admin')
  @ApiOperation({ summary: '设置厂房租金减免政策（如三免两减半）/ Define a rent waiver' })
  @ApiOkResponse({ schema: { example: { parkId: 'park-east', code: 'three-free-two-half', revision: 1 } } })
  async rentWaiver(
    @Param() params: IncentiveParams,
    @Body() body: RentWaiverDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const periods = body.periods.map(({ fromYear, toYear, waivedPercent }) => ({ fromYear, toYear, waivedPercent }));
    const terms: IncentiveTerms = {
      kind: 'rent_waiver',
      code: params.code,
      name: body.name,
      rentPerSquareMetrePerYear: body.rentPerSquareMetrePerYear,
      periods,
    };
    return this.run(params, { type: 'DefineIncentive', data: { terms } }, request, response, principal);
  }

  @Put('investment-rewards/:code')
  @Roles('admin')
  @ApiOperation({ summary: '设置固定资产投资奖励（超过门槛部分按比例、封顶）/ Define a capped reward on fixed-asset investment' })
  @ApiOkResponse({ schema: { example: { parkId: 'park-east', code: 'fixed-asset-reward', revision: 1 } } })
  async investmentReward(
    @Param() params: IncentiveParams,
    @Body() body: InvestmentRewardDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const terms: IncentiveTerms = {
      kind: 'investment_reward',
      code: params.code,
      name: body.name,
      rateBasisPoints: body.rateBasisPoints,
      threshold: body.threshold,
      cap: body.cap,
    };
    return this.run(params, { type: 'DefineIncentive', data: { terms } }, request, response, principal);
  }

  @Put('free-premises/:code')
  @Roles('admin')
  @ApiOperation({ summary: '设置免费办公、公寓、停车政策 / Define free office, apartment or parking' })
  @ApiOkResponse({ schema: { example: { parkId: 'park-east', code: 'free-premises', revision: 1 } } })
  async freePremises(
    @Param() params: IncentiveParams,
    @Body() body: FreePremisesDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const terms: IncentiveTerms = {
      kind: 'free_premises',
      code: params.code,
      name: body.name,
      premises: [...body.premises],
      years: body.years,
    };
    return this.run(params, { type: 'DefineIncentive', data: { terms } }, request, response, principal);
  }

  @Delete(':code')
  @Roles('admin')
  @ApiOperation({ summary: '停用优惠政策（已签协议不受影响）/ Retire an incentive; signed agreements keep theirs' })
  @ApiOkResponse({ schema: { example: { parkId: 'park-east', code: 'free-premises', revision: 2 } } })
  @ApiNotFoundResponse({ description: 'INCENTIVE.NOT_FOUND（政策目录中没有该优惠政策）' })
  async retire(
    @Param() params: IncentiveParams,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.run(params, { type: 'RetireIncentive', data: { code: params.code } }, request, response, principal);
  }

  private async run(params: IncentiveParams, command: CatalogCommand, request: Request, response: Response, principal: Principal) {
    const result = await this.commands.execute(
      new ExecuteCatalogCommand(params.parkId, command, commandContext(request, principal, this.clock.now())),
    );
    return replyOnceVisible(this.runtime, response, result, { parkId: params.parkId, code: params.code });
  }
}

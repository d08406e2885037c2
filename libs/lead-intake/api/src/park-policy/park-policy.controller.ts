import { Body, Controller, Get, HttpCode, Inject, Param, Put, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '@ia/kernel';
import {
  CLOCK,
  CurrentPrincipal,
  EventSourcingRuntime,
  InPark,
  ProblemError,
  Roles,
  commandContext,
  type Clock,
  type Principal,
  replyOnceVisible,
} from '@ia/platform';
import type { IndustryCode, ParkPolicyView } from '@ia/lead-intake/domain';
import { ExecuteParkPolicyCommand } from '../shared/aggregate-commands';
import type { CommandAnswer } from '../shared/lead-commands';
import { PARK_POLICY_EXAMPLE } from '../shared/openapi-examples';
import { PARK_ID, parseIndustryCode } from '../shared/validators';
import { GetParkPolicy } from './get-park-policy.query';
import { SetParkPolicyBody } from './park-policy.dto';

@ApiTags('park policies 园区招商政策')
@ApiBearerAuth()
@Controller('api/v1/park-policies')
export class ParkPolicyController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    private readonly runtime: EventSourcingRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Put(':parkId')
  @HttpCode(200)
  @Roles('admin')
  @InPark({ param: 'parkId' })
  @ApiOperation({ summary: '设置园区筛选政策 / Set the park’s screening policy; each change is a new version' })
  @ApiOkResponse({ schema: { example: { id: 'xiangxiang-edz', revision: 1 } } })
  async set(
    @Param('parkId') parkId: string,
    @Body() body: SetParkPolicyBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommandAnswer> {
    checkParkId(parkId);
    const context = commandContext(request, principal, this.clock.now());
    const rules = {
      ...body,
      wantedIndustries: body.wantedIndustries.map(industryOf),
      excludedIndustries: body.excludedIndustries.map(industryOf),
    };
    const result = await this.commandBus.execute(new ExecuteParkPolicyCommand({ type: 'SetParkPolicy', data: { parkId, rules } }, context));
    return replyOnceVisible(this.runtime, response, result, { id: parkId });
  }

  @Get(':parkId')
  @Roles('promoter', 'admin', 'leader', 'auditor')
  @InPark({ param: 'parkId' })
  @ApiOperation({ summary: '查看园区筛选政策 / The park’s current screening policy' })
  @ApiOkResponse({ schema: { example: PARK_POLICY_EXAMPLE } })
  @ApiNotFoundResponse({ description: 'POLICY.NOT_FOUND 园区尚未配置筛选政策' })
  async get(@Param('parkId') parkId: string): Promise<ParkPolicyView> {
    checkParkId(parkId);
    const policy = await this.queryBus.execute(new GetParkPolicy(parkId));
    if (!policy) throw new DomainError('POLICY.NOT_FOUND', '园区尚未配置筛选政策', `Park ${parkId} has no screening policy`);
    return policy;
  }
}

function checkParkId(parkId: string): void {
  if (!PARK_ID.test(parkId))
    throw new ProblemError(400, 'REQUEST.INVALID_PARK_ID', '园区编号格式无效', 'A park id is 1 to 64 letters, digits, - or _');
}

function industryOf(code: string): IndustryCode {
  const industry = parseIndustryCode(code);
  if (!industry) throw new ProblemError(400, 'REQUEST.INVALID_INDUSTRY', '行业代码无效', `${code} is not a GB/T 4754-2017 code`);
  return industry;
}

import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { ConstructionCommand } from '@ia/construction/domain';
import {
  CLOCK,
  CurrentPrincipal,
  InPark,
  ProblemError,
  Roles,
  type Clock,
  type Principal,
  ParseIdentifierPipe,
  written,
} from '@ia/platform';
import { ExecuteConstructionCommand } from '../execution';
import { ProjectParks } from '../parks/park-locators';
import { GetRecord } from '../queries';
import { RecordMilestoneDto, ReportInvestmentDto, StartWorkDto } from './site-work.dto';
import { siteContext } from '../site-context';

const WRITTEN = { schema: { example: { id: '01963f6e-0000-7000-8000-000000000001', revision: 3 } } };

@ApiTags('construction 建设')
@ApiBearerAuth()
@InPark({ param: 'projectId' }, ProjectParks)
@Controller('api/v1/construction/projects/:projectId')
export class SiteWorkController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async run(projectId: string, command: ConstructionCommand, request: Request, response: Response, principal: Principal) {
    const result = await this.commands.execute(
      new ExecuteConstructionCommand(projectId, command, siteContext(request, principal, this.clock.now(), command.data)),
    );
    return written(response, projectId, result);
  }

  @Get()
  @Roles('leader', 'admin', 'promoter', 'agent', 'auditor')
  @ApiOperation({ summary: '建设档案：T0 交地、T1 施工许可、T2 开工及间隔天数，节点与月度投资 / The construction record' })
  async record(@Param('projectId', ParseIdentifierPipe) projectId: string) {
    const record = await this.queries.execute(new GetRecord(projectId));
    if (!record)
      throw new ProblemError(404, 'CONSTRUCTION.NOT_FOUND', '建设档案不存在', `Construction knows nothing of project ${projectId}`);
    return record;
  }

  @Post('start')
  @HttpCode(200)
  @Roles('leader')
  @ApiOperation({ summary: '登记实际开工（交地且取得施工许可后）/ Record the actual start of work' })
  @ApiOkResponse(WRITTEN)
  @ApiConflictResponse({ description: 'CONSTRUCTION.LAND_NOT_DELIVERED / PERMIT_NOT_GRANTED / START_BEFORE_CLEARANCE / ALREADY_STARTED' })
  start(
    @Param('projectId', ParseIdentifierPipe) projectId: string,
    @Body() body: StartWorkDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.run(projectId, { type: 'StartWork', data: { projectId, startedOn: body.startedOn } }, request, response, principal);
  }

  @Post('milestones')
  @HttpCode(200)
  @Roles('leader')
  @ApiOperation({ summary: '登记建设节点（按顺序；竣工即通知投产服务）/ Record a milestone, in order' })
  @ApiOkResponse(WRITTEN)
  @ApiConflictResponse({
    description: 'CONSTRUCTION.WORK_NOT_STARTED / MILESTONE_OUT_OF_ORDER / MILESTONE_DUPLICATE / MILESTONE_DATE_OUT_OF_ORDER',
  })
  milestone(
    @Param('projectId', ParseIdentifierPipe) projectId: string,
    @Body() body: RecordMilestoneDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.run(
      projectId,
      { type: 'RecordMilestone', data: { projectId, milestone: body.milestone, reachedOn: body.reachedOn } },
      request,
      response,
      principal,
    );
  }

  @Post('investments')
  @HttpCode(200)
  @Roles('leader')
  @ApiOperation({ summary: '报送月度完成投资与计划 / Report the month’s completed investment against its plan' })
  @ApiOkResponse(WRITTEN)
  @ApiConflictResponse({ description: 'CONSTRUCTION.LAND_NOT_DELIVERED 建设档案未开启' })
  investment(
    @Param('projectId', ParseIdentifierPipe) projectId: string,
    @Body() body: ReportInvestmentDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const { month, plannedYuan, completedYuan } = body;
    return this.run(
      projectId,
      { type: 'ReportMonthlyInvestment', data: { projectId, month, plannedYuan, completedYuan } },
      request,
      response,
      principal,
    );
  }
}

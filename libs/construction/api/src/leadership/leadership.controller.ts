import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { visitWarning, type LeadershipCommand } from '@ia/construction/domain';
import {
  CLOCK,
  CurrentPrincipal,
  InPark,
  ProblemError,
  Roles,
  type Clock,
  type Principal,
  businessDateOf,
  ParseIdentifierPipe,
  written,
} from '@ia/platform';
import { ExecuteLeadershipCommand } from '../execution';
import { LeadershipParks } from '../parks/park-locators';
import { GetLeadership } from '../queries';
import { AssignLeadershipDto, RecordSiteVisitDto } from './leadership.dto';
import { siteContext } from '../site-context';

@ApiTags('leadership 包联')
@ApiBearerAuth()
@InPark({ param: 'projectId' }, LeadershipParks)
@Controller('api/v1/construction/projects/:projectId')
export class LeadershipController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async run(projectId: string, command: LeadershipCommand, request: Request, response: Response, principal: Principal) {
    const result = await this.commands.execute(
      new ExecuteLeadershipCommand(projectId, command, siteContext(request, principal, this.clock.now(), command.data)),
    );
    return written(response, projectId, result);
  }

  @Put('leadership')
  @Roles('admin')
  @ApiOperation({ summary: '确定包联领导与“五个一”专班 / Assign the leader and the "five ones" team' })
  assign(
    @Param('projectId', ParseIdentifierPipe) projectId: string,
    @Body() body: AssignLeadershipDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const { leader, commissioner, liaison, supervisor, assignedOn } = body;
    return this.run(
      projectId,
      {
        type: 'AssignLeadership',
        data: { projectId, leader: { userId: leader.userId, name: leader.name }, commissioner, liaison, supervisor, assignedOn },
      },
      request,
      response,
      principal,
    );
  }

  @Post('site-visits')
  @HttpCode(200)
  @Roles('leader')
  @ApiOperation({ summary: '包联领导登记现场走访 / The leader records a site visit' })
  @ApiConflictResponse({ description: 'LEADERSHIP.NOT_ASSIGNED / NOT_THE_LEADER / VISIT_BEFORE_ASSIGNMENT' })
  visit(
    @Param('projectId', ParseIdentifierPipe) projectId: string,
    @Body() body: RecordSiteVisitDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.run(
      projectId,
      { type: 'RecordSiteVisit', data: { projectId, visitedOn: body.visitedOn, visitorId: principal.id, note: body.note } },
      request,
      response,
      principal,
    );
  }

  @Get('leadership')
  @Roles('leader', 'admin', 'auditor')
  @ApiOperation({ summary: '包联专班与走访；超过 30 天未走访时预警 / The team and visits, warned after 30 days without one' })
  async read(@Param('projectId', ParseIdentifierPipe) projectId: string) {
    const leadership = await this.queries.execute(new GetLeadership(projectId));
    if (!leadership)
      throw new ProblemError(404, 'LEADERSHIP.NOT_FOUND', '尚未确定包联领导', `No leader is assigned to project ${projectId}`);
    return { ...leadership, ...visitWarning(leadership.assignedOn, leadership.lastVisitOn, businessDateOf(this.clock.now())) };
  }
}

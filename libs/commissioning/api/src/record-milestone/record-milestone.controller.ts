import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { InPark, CurrentPrincipal, Roles, type Principal, ParseIdentifierPipe } from '@ia/platform';
import { CommissioningCommands, type CommandReply } from '../shared/commissioning-commands';
import { COMMAND_REPLY_EXAMPLE, PROJECT_ID_PARAMETER } from '../shared/openapi-examples';
import { ProjectParks } from '../shared/project-parks';
import { FullCapacityBody, PartialProductionBody, StartedOnBody } from './milestone.dto';

/** Production facts in their order: debugging, trial, partial (a line), full production, full capacity. */
@ApiTags('commissioning 投产')
@ApiBearerAuth()
@ApiParam(PROJECT_ID_PARAMETER)
@ApiOkResponse({ description: '已记录 / recorded', schema: { example: COMMAND_REPLY_EXAMPLE } })
@ApiConflictResponse({ description: '顺序不符等 / refused, e.g. COMMISSIONING.OUT_OF_ORDER' })
@InPark({ param: 'projectId' }, ProjectParks)
@Controller('api/v1/projects/:projectId/commissioning')
export class RecordMilestoneController {
  constructor(private readonly commands: CommissioningCommands) {}

  @Post('equipment-debugging')
  @HttpCode(200)
  @Roles('leader', 'admin')
  @ApiOperation({ summary: '设备调试开始 / Equipment debugging started' })
  debugging(
    @Param('projectId', ParseIdentifierPipe) projectId: string,
    @Body() body: StartedOnBody,
    @Req() request: Request,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandReply> {
    const command = { type: 'StartEquipmentDebugging', data: { startedOn: body.startedOn, today: this.commands.today() } } as const;
    return this.commands.run(projectId, command, body, request, principal, response);
  }

  @Post('trial-production')
  @HttpCode(200)
  @Roles('leader', 'admin')
  @ApiOperation({ summary: '试生产开始 / Trial production started' })
  trial(
    @Param('projectId', ParseIdentifierPipe) projectId: string,
    @Body() body: StartedOnBody,
    @Req() request: Request,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandReply> {
    const command = { type: 'StartTrialProduction', data: { startedOn: body.startedOn, today: this.commands.today() } } as const;
    return this.commands.run(projectId, command, body, request, principal, response);
  }

  @Post('partial-production')
  @HttpCode(200)
  @Roles('leader', 'admin')
  @ApiOperation({ summary: '部分投产（一条生产线）/ A production line started' })
  partial(
    @Param('projectId', ParseIdentifierPipe) projectId: string,
    @Body() body: PartialProductionBody,
    @Req() request: Request,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandReply> {
    const command = {
      type: 'StartPartialProduction',
      data: { startedOn: body.startedOn, line: body.line, today: this.commands.today() },
    } as const;
    return this.commands.run(projectId, command, body, request, principal, response);
  }

  @Post('full-production')
  @HttpCode(200)
  @Roles('leader', 'admin')
  @ApiOperation({ summary: '全面投产 / Full production started (all units accepted)' })
  full(
    @Param('projectId', ParseIdentifierPipe) projectId: string,
    @Body() body: StartedOnBody,
    @Req() request: Request,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandReply> {
    const command = { type: 'StartFullProduction', data: { startedOn: body.startedOn, today: this.commands.today() } } as const;
    return this.commands.run(projectId, command, body, request, principal, response);
  }

  @Post('full-capacity')
  @HttpCode(200)
  @Roles('leader', 'admin')
  @ApiOperation({ summary: '达产 / Designed output reached' })
  capacity(
    @Param('projectId', ParseIdentifierPipe) projectId: string,
    @Body() body: FullCapacityBody,
    @Req() request: Request,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandReply> {
    const command = { type: 'ReachFullCapacity', data: { reachedOn: body.reachedOn, today: this.commands.today() } } as const;
    return this.commands.run(projectId, command, body, request, principal, response);
  }
}

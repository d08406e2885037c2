import { Body, Controller, Get, Inject, Param, Post, Put, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { dispatchSnapshot, type DispatchCommand } from '@ia/construction/domain';
import {
  CLOCK,
  CurrentPrincipal,
  InPark,
  ProblemError,
  Roles,
  commandContext,
  type Clock,
  type Principal,
  businessDateOf,
  ParseIdentifierPipe,
  written,
} from '@ia/platform';
import { ExecuteDispatchCommand } from '../execution';
import { GetDispatch, ListProblems, ListRecords } from '../queries';
import { DispatchWindowDto, HoldDispatchDto } from './dispatch.dto';

@ApiTags('dispatch 月度调度')
@ApiBearerAuth()
@InPark({ param: 'parkId' })
@Controller('api/v1/construction/parks/:parkId')
export class DispatchController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Put('dispatch-window')
  @Roles('admin')
  @ApiOperation({ summary: '设置月度调度窗口（默认每月 23–27 日）/ Configure the dispatch window (default the 23rd to the 27th)' })
  @ApiConflictResponse({ description: 'DISPATCH.INVALID_WINDOW 调度窗口无效' })
  async window(
    @Param('parkId', ParseIdentifierPipe) parkId: string,
    @Body() body: DispatchWindowDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const command: DispatchCommand = { type: 'ConfigureDispatchWindow', data: { parkId, firstDay: body.firstDay, lastDay: body.lastDay } };
    const result = await this.commands.execute(
      new ExecuteDispatchCommand(parkId, command, commandContext(request, principal, this.clock.now())),
    );
    return written(response, parkId, result);
  }

  @Post('dispatches')
  @Roles('leader', 'admin')
  @ApiOperation({ summary: '月度调度：冻结进度、存在问题、已解决问题三本台账及与上次调度相比的变化 / Hold the monthly dispatch' })
  @ApiCreatedResponse({ schema: { example: { id: 'park-xiangxiang:2026-03', revision: 4 } } })
  @ApiConflictResponse({ description: 'DISPATCH.OUTSIDE_WINDOW / OVERRIDE_NOT_ALLOWED / ALREADY_HELD / MONTH_BEFORE_PREVIOUS' })
  async hold(
    @Param('parkId', ParseIdentifierPipe) parkId: string,
    @Body() body: HoldDispatchDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const heldOn = businessDateOf(this.clock.now());
    const [records, problems] = await Promise.all([
      this.queries.execute(new ListRecords(parkId)),
      this.queries.execute(new ListProblems({ parkId })),
    ]);
    const snapshot = dispatchSnapshot(records, problems, body.month, heldOn);
    const override =
      body.overrideReason === undefined ? undefined : { reason: body.overrideReason, by: { id: principal.id, role: principal.role } };
    const command: DispatchCommand = {
      type: 'HoldDispatch',
      data: { parkId, month: body.month, heldOn, snapshot, ...(override && { override }) },
    };
    const context = commandContext(request, principal, this.clock.now(), { reason: body.overrideReason });
    const result = await this.commands.execute(new ExecuteDispatchCommand(parkId, command, context));
    const id = `${parkId}:${body.month}`;
    return written(response, id, result, `/api/v1/construction/parks/${parkId}/dispatches/${body.month}`);
  }

  @Get('dispatches/:month')
  @Roles('leader', 'admin', 'auditor')
  @ApiOperation({ summary: '某月调度的冻结台账 / The frozen ledgers of a month’s dispatch' })
  async read(@Param('parkId', ParseIdentifierPipe) parkId: string, @Param('month') month: string) {
    const dispatch = await this.queries.execute(new GetDispatch(parkId, month));
    if (!dispatch) throw new ProblemError(404, 'DISPATCH.NOT_FOUND', '该月尚未调度', `No dispatch of ${month} in park ${parkId}`);
    return dispatch;
  }
}

import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { filterHistory, historyToCsv, inBusinessOrder, toHistoryEntries, type HistoryEntry } from '@ia/project-history/domain';
import { CurrentPrincipal, EventSourcingRuntime, InPark, Roles, type Principal } from '@ia/platform';
import { ExportQuery, HistoryQuery } from './history.query';
import { ProjectEvents } from './project-events.service';
import { ProjectParks } from './project-parks';

const READERS = ['auditor', 'admin', 'leader'] as const;

@ApiTags('project-history 项目全生命周期回放')
@ApiBearerAuth()
@InPark({ param: 'projectId' }, ProjectParks)
@Controller('api/v1/projects/:projectId')
export class HistoryController {
  constructor(
    private readonly events: ProjectEvents,
    private readonly runtime: EventSourcingRuntime,
  ) {}

  @Get('history')
  @Roles(...READERS)
  @ApiOperation({ summary: '回放项目全部事实 / Replay every fact of a project across all services' })
  @ApiOkResponse({ description: 'Events in business order with both times, actor, reason and descriptions' })
  async history(
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Query() query: HistoryQuery,
    @Req() request: Request,
    @CurrentPrincipal() principal: Principal,
  ) {
    const entries = await this.select(projectId, query);
    await this.events.recordView(request, principal, 'history', projectId);
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 200;
    return {
      projectId,
      total: entries.length,
      offset,
      limit,
      lateEntries: entries.filter((entry) => entry.lateEntry).length,
      items: entries.slice(offset, offset + limit),
    };
  }

  @Get('history/export')
  @Roles(...READERS)
  @ApiOperation({ summary: '导出项目历史（CSV 或 JSON）/ Export the history as CSV (UTF-8 with BOM) or JSON' })
  @ApiProduces('text/csv', 'application/json')
  async export(
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Query() query: ExportQuery,
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const entries = await this.select(projectId, query);
    await this.events.recordView(request, principal, 'export', projectId);
    const csv = query.format === 'csv';
    response
      .status(200)
      .attachment(`project-${projectId}-history.${csv ? 'csv' : 'json'}`)
      .type(csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
      .send(csv ? historyToCsv(entries) : JSON.stringify({ projectId, items: entries }, null, 2));
  }

  private async select(projectId: string, query: HistoryQuery): Promise<HistoryEntry[]> {
    const entries = toHistoryEntries(await this.events.of(projectId), this.runtime.eventCatalog());
    const selected = filterHistory(entries, {
      ...(query.service !== undefined && { services: query.service.split(',') }),
      ...(query.type !== undefined && { types: query.type.split(',') }),
      ...(query.actor !== undefined && { actorId: query.actor }),
      ...(query.from !== undefined && { from: query.from }),
      ...(query.to !== undefined && { to: query.to }),
      ...(query.asOf !== undefined && { asOf: query.asOf }),
      ...(query.validAt !== undefined && { validAt: query.validAt }),
    });
    return query.order === 'recorded' ? selected : inBusinessOrder(selected);
  }
}

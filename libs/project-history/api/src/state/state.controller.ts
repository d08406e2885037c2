import { Controller, Get, Param, ParseUUIDPipe, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { filterHistory, foldProjectState, toHistoryEntries } from '@ia/project-history/domain';
import { CurrentPrincipal, EventSourcingRuntime, InPark, Roles, type Principal } from '@ia/platform';
import { ProjectEvents } from '../history/project-events.service';
import { ProjectParks } from '../history/project-parks';
import { StateQuery } from './state.query';

const STATE_EXAMPLE = {
  projectId: '0193a1f0-0000-7000-8000-000000000001',
  validAt: '2026-04-15',
  stage: 'under_construction',
  project: {
    projectName: '年产5万台智能配电设备项目',
    enterpriseName: '湖南星辰电气有限公司',
    parkId: 'xiangxiang-edz',
    signedOn: '2026-03-02',
  },
  commitments: { totalInvestment: 300_000_000, jobs: 400, taxPerMu: 150_000 },
  approvals: [{ code: 'construction_permit', name: '建筑工程施工许可证', status: 'granted', limitDays: 0, grantedOn: '2026-04-15' }],
  land: { parcelCode: 'XX-2026-07', deliveredOn: '2026-04-15', certificate: { grantedOn: '2026-04-15' } },
  construction: { landDeliveredOn: '2026-04-15', constructionPermitOn: '2026-04-15', startedOn: '2026-04-15', milestones: [] },
  production: { stage: 'none', reports: [] },
};

@ApiTags('project-history 项目全生命周期回放')
@ApiBearerAuth()
@InPark({ param: 'projectId' }, ProjectParks)
@Controller('api/v1/projects/:projectId/state')
export class StateController {
  constructor(
    private readonly events: ProjectEvents,
    private readonly runtime: EventSourcingRuntime,
  ) {}

  @Get()
  @Roles('auditor', 'admin', 'leader')
  @ApiOperation({ summary: '项目在某一时刻或某一业务日期的状况 / The project as it stood, folded from the event store' })
  @ApiOkResponse({ schema: { example: STATE_EXAMPLE } })
  async state(
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Query() query: StateQuery,
    @Req() request: Request,
    @CurrentPrincipal() principal: Principal,
  ) {
    const entries = filterHistory(toHistoryEntries(await this.events.of(projectId), this.runtime.eventCatalog()), {
      ...(query.asOf !== undefined && { asOf: query.asOf }),
      ...(query.validAt !== undefined && { validAt: query.validAt }),
    });
    await this.events.recordView(request, principal, 'state', projectId);
    return {
      ...(query.asOf !== undefined && { asOf: query.asOf }),
      ...(query.validAt !== undefined && { validAt: query.validAt }),
      ...foldProjectState(projectId, entries),
    };
  }
}

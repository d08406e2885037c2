import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { foldProjectState, projectFigures, projectsOfPark, summarisePark, toHistoryEntries } from '@ia/project-history/domain';
import { CLOCK, CurrentPrincipal, EventSourcingRuntime, InPark, Roles, type Clock, type Principal } from '@ia/platform';
import { ProjectEvents } from '../history/project-events.service';
import { ProjectParks } from '../history/project-parks';
import { ParkFiguresQuery } from './figures.query';
import { FiguresCalendar, shanghaiToday } from './working-calendar';

const READERS = ['auditor', 'admin', 'leader'] as const;

const FIGURES_EXAMPLE = {
  projectId: '0193a1f0-0000-7000-8000-000000000001',
  stage: 'production',
  asOf: '2027-04-10',
  registration: {
    signedOn: '2026-03-02',
    items: [{ code: 'business_registration', grantedOn: '2026-03-02', workingDays: 0 }],
    onSigningDay: true,
  },
  approvals: [
    {
      code: 'land_use_planning_permit',
      name: '建设用地规划许可证',
      limitDays: 3,
      startedOn: '2026-03-09',
      countedTo: '2026-03-12',
      workingDays: 3,
      pausedDays: 0,
      overLimitDays: 0,
      withinLimit: true,
    },
  ],
  deferredMaterials: [
    {
      itemCode: 'project_filing',
      materialCode: 'investment_agreement',
      promisedOn: '2026-03-05',
      suppliedOn: '2026-03-06',
      outcome: 'late',
    },
  ],
  startOfWork: { landDeliveredOn: '2026-04-15', constructionPermitOn: '2026-04-15', startedOn: '2026-04-15', deliveryToStartDays: 0 },
  construction: { startToToppedOutDays: 118 },
  commitments: [{ figure: 'jobs', committed: 400, actual: 383, shortfall: 17, met: false }],
};

@ApiTags('project-history 项目全生命周期回放')
@ApiBearerAuth()
@Controller('api/v1')
export class FiguresController {
  constructor(
    private readonly events: ProjectEvents,
    private readonly runtime: EventSourcingRuntime,
    private readonly calendar: FiguresCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('projects/:projectId/figures')
  @Roles(...READERS)
  @InPark({ param: 'projectId' }, ProjectParks)
  @ApiOperation({ summary: '项目关键指标：签约即注册、审批时限、容缺兑现、交地到开工、建设周期、承诺对标 / A project’s key figures' })
  @ApiOkResponse({ schema: { example: FIGURES_EXAMPLE } })
  async project(@Param('projectId', ParseUUIDPipe) projectId: string, @Req() request: Request, @CurrentPrincipal() principal: Principal) {
    const entries = toHistoryEntries(await this.events.of(projectId), this.runtime.eventCatalog());
    await this.events.recordView(request, principal, 'figures', projectId);
    const today = shanghaiToday(this.clock.now());
    return projectFigures(foldProjectState(projectId, entries), await this.calendar.current(today), today);
  }

  @Get('figures')
  @Roles(...READERS)
  @InPark({ query: 'parkId' })
  @ApiOperation({ summary: '园区关键指标汇总及各项目指标 / The park’s key figures, project by project' })
  async park(@Query() query: ParkFiguresQuery) {
    const today = shanghaiToday(this.clock.now());
    const calendar = await this.calendar.current(today);
    const projects = [...projectsOfPark(await this.runtime.engines.store.readAll(), query.parkId)].map(([projectId, events]) =>
      projectFigures(foldProjectState(projectId, events), calendar, today),
    );
    return summarisePark(query.parkId, today, projects);
  }
}

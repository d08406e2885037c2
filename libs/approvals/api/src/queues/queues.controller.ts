import { Controller, Get, Param, Query as QueryParameters, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DEFAULT_DUE_SOON_DAYS } from '@ia/approvals/domain';
import { assertParkAllowed, CurrentPrincipal, InPark, ParkFiltered, Roles, type Principal } from '@ia/platform';
import { ParseIdPipe } from '../shared/identifiers';
import { ItemParks, ProjectParks } from '../shared/park-locators';
import { ApiRead, GRANTED_ITEM_EXAMPLE, ITEM_EXAMPLE } from '../shared/openapi';
import { GetApproval, GetBoard, ListApprovals, ListProjectApprovals } from './queries';
import { BoardParameters, QueueParameters } from './queues.dto';

const BOARD_EXAMPLE = {
  asOf: '2026-03-10',
  overdue: [
    {
      agentId: 'agent-wang',
      stage: 'project_approval',
      count: 1,
      entries: [
        {
          itemId: ITEM_EXAMPLE.itemId,
          projectId: ITEM_EXAMPLE.projectId,
          parkId: ITEM_EXAMPLE.parkId,
          itemCode: 'land_use_planning_permit',
          name: '建设用地规划许可证',
          dueOn: '2026-03-05',
          overdueDays: 3,
          provisional: false,
        },
      ],
    },
  ],
  brokenPromises: [
    {
      agentId: 'agent-wang',
      stage: 'project_approval',
      count: 1,
      entries: [
        {
          kind: 'deficiency',
          itemId: ITEM_EXAMPLE.itemId,
          projectId: ITEM_EXAMPLE.projectId,
          parkId: ITEM_EXAMPLE.parkId,
          itemCode: 'project_filing',
          materialCode: 'investment_agreement',
          promisedOn: '2026-03-06',
        },
      ],
    },
  ],
};

@ApiTags('代办审批 · 查询与预警 / queues and warnings')
@ApiBearerAuth()
@Controller('api/v1')
export class QueuesController {
  constructor(private readonly queries: QueryBus) {}

  @Get('approvals')
  @Roles('agent', 'admin', 'leader', 'auditor')
  @ParkFiltered()
  @ApiRead('代办事项队列', 'Open items, most urgent first: mine, due soon, overdue, waiting for materials, waiting for the authority.', {
    asOf: '2026-03-02',
    items: [ITEM_EXAMPLE, GRANTED_ITEM_EXAMPLE],
  })
  list(@QueryParameters() parameters: QueueParameters, @CurrentPrincipal() principal: Principal) {
    if (parameters.parkId !== undefined) assertParkAllowed(principal, parameters.parkId);
    const dueSoonDays = parameters.dueSoonDays === undefined ? DEFAULT_DUE_SOON_DAYS : Number(parameters.dueSoonDays);
    const assignee = parameters.mine === 'true' ? principal.id : undefined;
    return this.queries.execute(new ListApprovals(principal, parameters.filter, assignee, dueSoonDays, parameters.parkId));
  }

  @Get('approvals/board')
  @Roles('agent', 'admin', 'leader', 'auditor')
  @ParkFiltered()
  @ApiRead('逾期与失信预警看板', 'Overdue items and broken promises, by agent and stage.', BOARD_EXAMPLE)
  board(@QueryParameters() parameters: BoardParameters, @CurrentPrincipal() principal: Principal) {
    if (parameters.parkId !== undefined) assertParkAllowed(principal, parameters.parkId);
    return this.queries.execute(new GetBoard(principal, parameters.parkId));
  }

  @Get('projects/:projectId/approvals')
  @Roles('agent', 'admin', 'leader', 'auditor')
  @InPark({ param: 'projectId' }, ProjectParks)
  @ApiRead('项目审批事项', 'Every approval item of one project, with its clock.', {
    projectId: ITEM_EXAMPLE.projectId,
    asOf: '2026-03-02',
    items: [ITEM_EXAMPLE, GRANTED_ITEM_EXAMPLE],
  })
  @ApiNotFoundResponse({ description: '项目不存在或尚未签约 / no signed project' })
  project(@Param('projectId', ParseIdPipe) projectId: string, @CurrentPrincipal() principal: Principal) {
    return this.queries.execute(new ListProjectApprovals(projectId, principal));
  }
}

/** Registered after every fixed path under /approvals, so that "board" or "catalog" is never read as an id. */
@ApiTags('代办审批 · 查询与预警 / queues and warnings')
@ApiBearerAuth()
@Controller('api/v1/approvals')
@InPark({ param: 'itemId' }, ItemParks)
export class ApprovalItemController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':itemId')
  @Roles('agent', 'admin', 'leader', 'auditor')
  @ApiRead('审批事项详情', 'One item with its history folded, and its clock as of today.', GRANTED_ITEM_EXAMPLE)
  @ApiNotFoundResponse({ description: '审批事项不存在 / no such item' })
  async read(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const item = await this.queries.execute(new GetApproval(itemId, principal));
    response.setHeader('ETag', `"${item.revision}"`);
    return item;
  }
}

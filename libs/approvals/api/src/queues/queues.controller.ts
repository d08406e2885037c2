import { Controller, Get, Param, Query as QueryParameters, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DEFAULT_DUE_SOON_DAYS } from '@ia/approvals/domain';
import { CurrentPrincipal, Roles, type Principal } from '@ia/platform';
import { ParseIdPipe } from '../shared/identifiers';
import { ApiRead, ITEM_EXAMPLE } from '../shared/openapi';
import { GetApproval, GetBoard, ListApprovals, ListProjectApprovals } from './queries';
import { QueueParameters } from './queues.dto';

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
  @ApiRead('代办事项队列', 'Open items, most urgent first: mine, due soon, overdue, waiting for materials, waiting for the authority.', {
    asOf: '2026-03-02',
    items: [ITEM_EXAMPLE],
  })
  list(@QueryParameters() parameters: QueueParameters, @CurrentPrincipal() principal: Principal) {
    const dueSoonDays = parameters.dueSoonDays === undefined ? DEFAULT_DUE_SOON_DAYS : Number(parameters.dueSoonDays);
    return this.queries.execute(new ListApprovals(parameters.filter, parameters.mine === 'true' ? principal.id : undefined, dueSoonDays));
  }

  @Get('approvals/board')
  @Roles('agent', 'admin', 'leader', 'auditor')
  @ApiRead('逾期与失信预警看板', 'Overdue items and broken promises, by agent and stage.', BOARD_EXAMPLE)
  board() {
    return this.queries.execute(new GetBoard());
  }

  @Get('projects/:projectId/approvals')
  @Roles('agent', 'admin', 'leader', 'auditor')
  @ApiRead('项目审批事项', 'Every approval item of one project, with its clock.', {
    projectId: ITEM_EXAMPLE.projectId,
    asOf: '2026-03-02',
    items: [ITEM_EXAMPLE],
  })
  @ApiNotFoundResponse({ description: '项目不存在或尚未签约 / no signed project' })
  project(@Param('projectId', ParseIdPipe) projectId: string) {
    return this.queries.execute(new ListProjectApprovals(projectId));
  }
}

/** Registered after every fixed path under /approvals, so that "board" or "catalog" is never read as an id. */
@ApiTags('代办审批 · 查询与预警 / queues and warnings')
@ApiBearerAuth()
@Controller('api/v1/approvals')
export class ApprovalItemController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':itemId')
  @Roles('agent', 'admin', 'leader', 'auditor')
  @ApiRead('审批事项详情', 'One item with its history folded, and its clock as of today.', ITEM_EXAMPLE)
  @ApiNotFoundResponse({ description: '审批事项不存在 / no such item' })
  async read(@Param('itemId', ParseIdPipe) itemId: string, @Res({ passthrough: true }) response: Response) {
    const item = await this.queries.execute(new GetApproval(itemId));
    response.setHeader('ETag', `"${item.revision}"`);
    return item;
  }
}

import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { dispatchSnapshot, isOverdue, type ProblemView } from '@ia/construction/domain';
import {
  CLOCK,
  CurrentPrincipal,
  InPark,
  ParkFiltered,
  ProblemError,
  Roles,
  type Clock,
  type Principal,
  businessDateOf,
  ParseIdentifierPipe,
  withinParks,
} from '@ia/platform';
import { ListProblems, ListRecords } from '../queries';

const LEDGERS = ['open', 'solved'] as const;

@ApiTags('problems 问题台账')
@ApiBearerAuth()
@Controller('api/v1/construction')
export class LedgersController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private ledger(problems: readonly ProblemView[], ledger: string | undefined) {
    if (ledger !== undefined && !LEDGERS.some((known) => known === ledger))
      throw new ProblemError(400, 'REQUEST.INVALID_LEDGER', '台账参数无效', 'ledger is open or solved');
    const today = businessDateOf(this.clock.now());
    const status = ledger === 'solved' ? 'solved' : ledger === 'open' ? 'open' : undefined;
    return {
      items: problems
        .filter((problem) => status === undefined || problem.status === status)
        .map((problem) => ({ ...problem, overdue: isOverdue(problem, today) })),
    };
  }

  @Get('projects/:projectId/problems')
  @Roles('leader', 'admin', 'auditor')
  @ParkFiltered()
  @ApiOperation({ summary: '项目的存在问题台账 / 已解决问题台账（逾期标注）/ A project’s open or solved problems, overdue flagged' })
  @ApiQuery({ name: 'ledger', required: false, enum: LEDGERS })
  async project(
    @Param('projectId', ParseIdentifierPipe) projectId: string,
    @CurrentPrincipal() principal: Principal,
    @Query('ledger') ledger?: string,
  ) {
    const problems = await this.queries.execute(new ListProblems({ projectId }));
    return this.ledger(
      withinParks(principal, problems, (problem) => problem.parkId),
      ledger,
    );
  }

  @Get('parks/:parkId/problems')
  @Roles('leader', 'admin', 'auditor')
  @InPark({ param: 'parkId' })
  @ApiOperation({ summary: '园区问题台账 / The park’s open or solved problems' })
  @ApiQuery({ name: 'ledger', required: false, enum: LEDGERS })
  async park(@Param('parkId', ParseIdentifierPipe) parkId: string, @Query('ledger') ledger?: string) {
    return this.ledger(await this.queries.execute(new ListProblems({ parkId })), ledger);
  }

  @Get('parks/:parkId/progress')
  @Roles('leader', 'admin', 'auditor')
  @InPark({ param: 'parkId' })
  @ApiOperation({ summary: '园区项目进度台账（当月）/ The park’s progress ledger for the current month' })
  async progress(@Param('parkId', ParseIdentifierPipe) parkId: string) {
    const today = businessDateOf(this.clock.now());
    const records = await this.queries.execute(new ListRecords(parkId));
    return { month: today.slice(0, 7), items: dispatchSnapshot(records, [], today.slice(0, 7), today).progress };
  }
}

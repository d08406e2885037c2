import { Body, Controller, Get, HttpCode, Param, Put, Query as QueryParameters, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CountyWide, CurrentPrincipal, ParkFiltered, ProblemError, Roles, type Principal, written } from '@ia/platform';
import { ExecuteCalendarCommand } from '../shared/command-handlers';
import { CommandRunner } from '../shared/command-runner';
import { ApiRead, ApiWrite } from '../shared/openapi';
import { DeadlineParameters, PublishYearBody } from './calendar.dto';
import { ComputeDeadline, GetCalendarYear } from './calendar.query';

const FIRST_YEAR = 2004;
const LAST_YEAR = 2100;

function yearOf(value: string): number {
  const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR))
    throw new ProblemError(400, 'REQUEST.INVALID_YEAR', '年度无效', `A year from ${FIRST_YEAR} to ${LAST_YEAR}`);
  return year;
}

@ApiTags('代办审批 · 工作日历 / working-day calendar')
@ApiBearerAuth()
@Controller('api/v1/approvals/calendar')
export class CalendarController {
  constructor(
    private readonly runner: CommandRunner,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('years/:year')
  @Roles('agent', 'admin', 'leader', 'auditor')
  @ParkFiltered()
  @ApiRead('查看年度节假日安排', 'A year’s holidays and adjusted working weekends, and whether they come from the seed or an admin.', {
    year: 2026,
    source: 'seed',
    holidays: ['2026-01-01', '2026-10-01'],
    adjustedWorkdays: ['2026-02-14', '2026-02-28', '2026-10-10'],
    revision: -1,
  })
  read(@Param('year') year: string) {
    return this.queries.execute(new GetCalendarYear(yearOf(year)));
  }

  @Put('years/:year')
  @HttpCode(200)
  @Roles('admin')
  @CountyWide()
  @ApiWrite(
    '发布年度节假日安排',
    'Publish (or correct) a year as the State Council announced it; deadlines in that year stop being provisional.',
    ['CALENDAR.ADJUSTED_WORKDAY_NOT_WEEKEND', '调休工作日必须是周末', '2027-02-15 is a weekday'],
  )
  async publish(
    @Param('year') year: string,
    @Body() body: PublishYearBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const command = {
      type: 'PublishYear',
      data: { year: yearOf(year), holidays: body.holidays, adjustedWorkdays: body.adjustedWorkdays },
    } as const;
    const result = await this.commands.execute(new ExecuteCalendarCommand(command, this.runner.context({ request, response, principal })));
    return written(response, year, result);
  }

  @Get('deadline')
  @Roles('agent', 'admin', 'leader', 'auditor')
  @ParkFiltered()
  @ApiRead('按工作日计算期限', 'The n-th working day after a date; provisional when it reaches a year not yet published.', {
    from: '2026-09-28',
    days: 5,
    dueOn: '2026-10-10',
    provisional: false,
  })
  deadline(@QueryParameters() parameters: DeadlineParameters) {
    return this.queries.execute(new ComputeDeadline(parameters.from, Number(parameters.days)));
  }
}

import { Controller, Get, Query as QueryString } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import {
  CurrentPrincipal,
  EventSourcingRuntime,
  IsCalendarDate,
  ParkFiltered,
  ProblemError,
  Roles,
  readWithinParks,
  type Principal,
} from '@ia/platform';
import { LEADS_COLLECTION, funnelOf, type Funnel, type LeadView } from '@ia/lead-intake/domain';
import { FUNNEL_EXAMPLE } from '../shared/openapi-examples';
import { PARK_ID } from '../shared/validators';

export class FunnelQueryString {
  @ApiProperty({ example: '2026-03-01', description: '起始日期（含）/ first day' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-03-31', description: '截止日期（含）/ last day' })
  @IsCalendarDate()
  to!: string;

  @ApiPropertyOptional({ example: 'xiangxiang-edz', description: '园区 / park' })
  @IsOptional()
  @IsString()
  @Matches(PARK_ID)
  parkId?: string;
}

export class LeadFunnel extends Query<Funnel> {
  constructor(
    readonly period: FunnelQueryString,
    readonly principal: Principal,
  ) {
    super();
  }
}

@QueryHandler(LeadFunnel)
export class LeadFunnelHandler implements IQueryHandler<LeadFunnel> {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  async execute({ period, principal }: LeadFunnel): Promise<Funnel> {
    const visible = await readWithinParks<LeadView>(this.runtime.engines.readModels, principal, LEADS_COLLECTION, {
      parkId: period.parkId,
    });
    return funnelOf(visible, period.from, period.to);
  }
}

@ApiTags('leads 招商线索')
@ApiBearerAuth()
@Controller('api/v1/leads')
export class LeadFunnelController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('funnel')
  @Roles('promoter', 'admin', 'leader', 'auditor')
  @ParkFiltered()
  @ApiOperation({ summary: '招商漏斗：各阶段线索数与意向投资额，按来源分列 / Pipeline funnel by stage and source for a period' })
  @ApiOkResponse({ schema: { example: FUNNEL_EXAMPLE } })
  funnel(@QueryString() period: FunnelQueryString, @CurrentPrincipal() principal: Principal): Promise<Funnel> {
    if (period.from > period.to)
      throw new ProblemError(400, 'REQUEST.INVALID_PERIOD', '起始日期不能晚于截止日期', 'from must not be after to');
    return this.queryBus.execute(new LeadFunnel(period, principal));
  }
}

import { Controller, Get, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ParkFiltered, Roles, type Principal } from '@ia/platform';
import { LEAD_PAGE_EXAMPLE } from '../shared/openapi-examples';
import { ListLeadsQueryString } from './list-leads.dto';
import { ListLeads, type LeadPage } from './list-leads.query';

@ApiTags('leads 招商线索')
@ApiBearerAuth()
@Controller('api/v1/leads')
export class ListLeadsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @Roles('promoter', 'admin', 'leader', 'auditor')
  @ParkFiltered()
  @ApiOperation({ summary: '线索列表：筛选、检索、分页，超时标记 / Leads with filters, name search, paging and overdue flags' })
  @ApiOkResponse({ schema: { example: LEAD_PAGE_EXAMPLE } })
  list(@QueryString() filters: ListLeadsQueryString, @CurrentPrincipal() principal: Principal): Promise<LeadPage> {
    return this.queryBus.execute(new ListLeads(filters, principal));
  }
}

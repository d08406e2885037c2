import { Controller, Get, Param } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, EventSourcingRuntime, InPark, Roles, UUID_PATTERN, type Principal } from '@ia/platform';
import { LEADS_COLLECTION, LeadErrors, leadTimeline, type LeadView } from '@ia/lead-intake/domain';
import { LeadPresenter, type LeadDetail } from '../shared/lead-presenter';
import { LeadParks } from '../shared/lead-parks';
import { LEAD_DETAIL_EXAMPLE } from '../shared/openapi-examples';

export class GetLead extends Query<LeadDetail | undefined> {
  constructor(
    readonly leadId: string,
    readonly principal: Principal,
  ) {
    super();
  }
}

@QueryHandler(GetLead)
export class GetLeadHandler implements IQueryHandler<GetLead> {
  constructor(
    private readonly runtime: EventSourcingRuntime,
    private readonly presenter: LeadPresenter,
  ) {}

  async execute({ leadId, principal }: GetLead): Promise<LeadDetail | undefined> {
    const { readModels } = this.runtime.engines;
    const view = await readModels.get<LeadView>(LEADS_COLLECTION, leadId);
    return view ? this.presenter.detail(view, await leadTimeline(readModels, leadId), principal) : undefined;
  }
}

@ApiTags('leads 招商线索')
@ApiBearerAuth()
@Controller('api/v1/leads')
export class GetLeadController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id')
  @Roles('promoter', 'admin', 'leader', 'auditor')
  @InPark({ param: 'id' }, LeadParks)
  @ApiOperation({ summary: '线索详情及全过程记录 / A lead with its timeline' })
  @ApiOkResponse({ schema: { example: LEAD_DETAIL_EXAMPLE } })
  @ApiForbiddenResponse({ description: 'AUTH.PARK_NOT_ALLOWED 无权访问该园区的数据' })
  @ApiNotFoundResponse({ description: 'LEAD.NOT_FOUND 线索不存在' })
  async get(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<LeadDetail> {
    const lead = UUID_PATTERN.test(id) ? await this.queryBus.execute(new GetLead(id, principal)) : undefined;
    if (!lead) throw LeadErrors.notFound();
    return lead;
  }
}

import { Controller, Get, Inject } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ENGINES, ParkFiltered, Roles, readWithinParks, type Engines, type Principal } from '@ia/platform';
import { COLLECTIONS, type QualifiedLead } from '@ia/contract-signing/domain';

export class ListQualifiedLeads extends Query<QualifiedLead[]> {
  constructor(readonly principal: Principal) {
    super();
  }
}

@QueryHandler(ListQualifiedLeads)
export class ListQualifiedLeadsHandler implements IQueryHandler<ListQualifiedLeads> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}

  async execute({ principal }: ListQualifiedLeads): Promise<QualifiedLead[]> {
    const visible = await readWithinParks<QualifiedLead>(this.engines.readModels, principal, COLLECTIONS.qualifiedLeads);
    return visible.sort((left, right) => left.leadId.localeCompare(right.leadId));
  }
}

@ApiTags('contract-signing 投资协议')
@ApiBearerAuth()
@Controller('api/v1/qualified-leads')
export class QualifiedLeadsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('promoter', 'admin', 'leader', 'auditor', 'agent')
  @ParkFiltered()
  @ApiOperation({ summary: '可起草协议的已筛选线索 / Qualified leads an agreement may be drafted from' })
  @ApiOkResponse({
    schema: {
      example: {
        items: [
          {
            leadId: '0190a000-0000-7000-8000-000000000001',
            parkId: 'park-east',
            companyName: '湘乡智能装备有限公司',
            industry: { section: 'C', division: '38' },
            qualifiedOn: '2026-02-20',
          },
        ],
      },
    },
  })
  async list(@CurrentPrincipal() principal: Principal) {
    return { items: await this.queries.execute(new ListQualifiedLeads(principal)) };
  }
}

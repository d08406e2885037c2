import { Controller, Get, Inject } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ENGINES, ParkFiltered, Roles, readWithinParks, type Engines, type Principal } from '@ia/platform';
import { COLLECTIONS, type ProjectView } from '@ia/contract-signing/domain';

export class ListProjects extends Query<ProjectView[]> {
  constructor(readonly principal: Principal) {
    super();
  }
}

@QueryHandler(ListProjects)
export class ListProjectsHandler implements IQueryHandler<ListProjects> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}

  async execute({ principal }: ListProjects): Promise<ProjectView[]> {
    const visible = await readWithinParks<ProjectView>(this.engines.readModels, principal, COLLECTIONS.projects);
    return visible.sort((left, right) => left.signedOn.localeCompare(right.signedOn) || left.projectId.localeCompare(right.projectId));
  }
}

@ApiTags('contract-signing 项目台账')
@ApiBearerAuth()
@Controller('api/v1/projects')
export class ProjectRegisterController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('promoter', 'admin', 'leader', 'auditor', 'agent')
  @ParkFiltered()
  @ApiOperation({ summary: '签约项目台账（承诺与计入的投资额，不重复统计）/ Signed projects with commitments and counted investment' })
  @ApiOkResponse({
    schema: {
      example: {
        items: [
          {
            projectId: '0190a3b2-9d00-7f3e-8c11-2b7a6e5d4c3f',
            agreementId: '0190a3b2-7c41-7e21-9a55-3f0c2d9e8b10',
            projectName: '年产5万台智能装备产业园项目',
            leadId: '0190a3b2-6a00-7b11-8c22-3d4e5f6a7b8c',
            parkId: 'xiangxiang-edz',
            enterprise: { name: '湘乡智能装备有限公司', uscc: '91430381MA4L1234X9', industrySection: 'C', industryDivision: '38' },
            status: 'signed',
            signedOn: '2026-03-02',
            registrationDueOn: '2026-03-02',
            approvalPackage: 'standard_industrial',
            commitments: {
              totalInvestment: 150_000_000,
              fixedAssetInvestment: 120_000_000,
              landAreaSquareMetres: 66_667,
              parcelCode: 'XX-2026-03',
              daysFromDeliveryToStart: 30,
              monthsToProduction: 18,
              jobs: 300,
              taxPerMu: 200_000,
            },
            countedInvestment: 150_000_000,
            supplements: 1,
          },
        ],
      },
    },
  })
  async list(@CurrentPrincipal() principal: Principal) {
    return { items: await this.queries.execute(new ListProjects(principal)) };
  }
}

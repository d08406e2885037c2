import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { InPark, Roles, ParseIdentifierPipe } from '@ia/platform';
import type { CommissioningView } from '@ia/commissioning/domain';
import { PROJECT_ID_PARAMETER } from '../shared/openapi-examples';
import { ProjectParks } from '../shared/project-parks';
import { GetCommissioning } from './get-commissioning.query';
import { COMMISSIONING_VIEW_EXAMPLE } from './view-example';

@ApiTags('commissioning 投产')
@ApiBearerAuth()
@InPark({ param: 'projectId' }, ProjectParks)
@Controller('api/v1/projects/:projectId/commissioning')
export class ViewProjectController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @Roles('promoter', 'leader', 'admin', 'auditor')
  @ApiOperation({
    summary:
      '项目投产情况、月度填报、近12个月营收与承诺核查 / Commissioning of a project, its reports, trailing revenue and commitment check',
  })
  @ApiParam(PROJECT_ID_PARAMETER)
  @ApiOkResponse({ description: '投产情况 / the project’s commissioning', schema: { example: COMMISSIONING_VIEW_EXAMPLE } })
  @ApiNotFoundResponse({ description: 'COMMISSIONING.NOT_FOUND' })
  view(@Param('projectId', ParseIdentifierPipe) projectId: string): Promise<CommissioningView> {
    return this.queryBus.execute(new GetCommissioning(projectId));
  }
}

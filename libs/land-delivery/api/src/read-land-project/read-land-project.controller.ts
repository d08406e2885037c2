import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InPark, ProblemError, Roles, ParseIdentifierPipe } from '@ia/platform';
import { LandProjectParks } from '../parks/land-project-parks';
import { GetLandProject } from '../queries';

@ApiTags('land projects 项目用地')
@ApiBearerAuth()
@Controller('api/v1/land-projects')
export class ReadLandProjectController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':projectId')
  @Roles('admin', 'promoter', 'agent', 'leader', 'auditor')
  @InPark({ param: 'projectId' }, LandProjectParks)
  @ApiOperation({ summary: '项目的协议承诺与不动产权证书 / A project’s commitments and title certificate as land delivery knows them' })
  @ApiNotFoundResponse({ description: 'LAND.PROJECT_NOT_FOUND 交地服务尚不知道该项目' })
  async one(@Param('projectId', ParseIdentifierPipe) projectId: string) {
    const project = await this.queries.execute(new GetLandProject(projectId));
    if (!project)
      throw new ProblemError(
        404,
        'LAND.PROJECT_NOT_FOUND',
        '交地服务尚不知道该项目',
        `No agreement or certificate is known for project ${projectId}`,
      );
    return project;
  }
}

import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { accessStream } from '@ia/project-history/domain';
import { EventSourcingRuntime, InPark, Roles } from '@ia/platform';
import { ProjectParks } from '../history/project-parks';

@ApiTags('project-history 项目全生命周期回放')
@ApiBearerAuth()
@InPark({ param: 'projectId' }, ProjectParks)
@Controller('api/v1/projects/:projectId/access-log')
export class AccessController {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  @Get()
  @Roles('admin', 'auditor')
  @ApiOperation({ summary: '审计查阅记录 / Who looked at this project’s history, and when' })
  async list(@Param('projectId', ParseUUIDPipe) projectId: string) {
    const events = await this.runtime.engines.store.readStream(accessStream(projectId));
    return {
      projectId,
      items: events.map((event) => ({ viewedAt: event.recordedAt, actor: event.metadata.actor, ...(event.data as object) })),
    };
  }
}

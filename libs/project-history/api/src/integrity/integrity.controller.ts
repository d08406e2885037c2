import { Controller, Get, Param, ParseUUIDPipe, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { verifyChain } from '@ia/kernel';
import { CurrentPrincipal, EventSourcingRuntime, InPark, Roles, type Principal } from '@ia/platform';
import { ProjectEvents } from '../history/project-events.service';
import { ProjectParks } from '../history/project-parks';

@ApiTags('project-history 项目全生命周期回放')
@ApiBearerAuth()
@InPark({ param: 'projectId' }, ProjectParks)
@Controller('api/v1/projects/:projectId/integrity')
export class IntegrityController {
  constructor(
    private readonly events: ProjectEvents,
    private readonly runtime: EventSourcingRuntime,
  ) {}

  @Get()
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: '校验项目所有事件流的哈希链 / Verify the hash chain of every stream of the project' })
  async verify(@Param('projectId', ParseUUIDPipe) projectId: string, @Req() request: Request, @CurrentPrincipal() principal: Principal) {
    const streams = await this.events.streams(projectId);
    const results = await Promise.all(
      streams.map(async (streamName) => ({
        streamName,
        ...verifyChain(streamName, await this.runtime.engines.store.readStream(streamName)),
      })),
    );
    await this.events.recordView(request, principal, 'integrity', projectId);
    const failed = results.find((result) => !result.valid);
    const events = results.reduce((total, result) => total + result.count, 0);
    if (failed && !failed.valid) {
      return {
        projectId,
        valid: false,
        streams: results.length,
        events,
        failure: { streamName: failed.streamName, ...failed.failure },
        message: { zh: `事件 ${failed.failure.eventId} 校验失败：存储内容与其哈希不符或链接断裂`, en: failed.failure.detail },
      };
    }
    return {
      projectId,
      valid: true,
      streams: results.length,
      events,
      message: { zh: `全部 ${events} 个事件校验通过`, en: `All ${events} events verify` },
    };
  }
}

import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators';
import { CountyWide } from '../auth/park-scope';
import { EventSourcingRuntime } from '../engines/runtime';
import { ProblemError } from '../http/problem';

/** What an administrator needs to keep the suite healthy: read models and parked messages. */
@ApiTags('operations 运维')
@ApiBearerAuth()
// Dead letters carry any park's messages and a rebuild touches every park: county-wide staff only.
@CountyWide()
@Controller('api/v1/operations')
export class OperationsController {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  @Get('projections')
  @Roles('admin')
  @ApiOperation({ summary: '读模型及其进度 / Read models and the log position each has reached' })
  async projections() {
    return { head: await this.runtime.engines.store.headPosition(), projections: this.runtime.projections() };
  }

  @Post('projections/:name/rebuild')
  @Roles('admin')
  @ApiOperation({ summary: '从头重建读模型 / Rebuild a read model from the start of the log' })
  async rebuild(@Param('name') name: string) {
    const position = await this.runtime.rebuild(name);
    if (position === undefined) throw new ProblemError(404, 'PROJECTION.NOT_FOUND', '读模型不存在', `No read model named ${name}`);
    return { name, position };
  }

  /** For a deployment of several processes: a caller asks each service in turn whether it caught up. */
  @Get('settled')
  @Roles('admin')
  @ApiOperation({
    summary:
      '是否已处理到日志某位置 / Whether this service has published, reacted to and projected the log up to a position (waits up to 5 s)',
  })
  @ApiQuery({ name: 'position', required: true, description: 'A position of the global log' })
  async settled(@Query('position') position?: string) {
    if (position === undefined || !/^\d{1,15}$/.test(position))
      throw new ProblemError(
        400,
        'OPERATIONS.POSITION_INVALID',
        '日志位置无效',
        `position must be a whole number, got "${position ?? ''}"`,
      );
    const at = Number(position);
    const reactions = await this.runtime.reactionsAt(at);
    const readModels = await this.runtime.readModelsAt(at);
    return { position: at, reactions, readModels, settled: reactions && readModels };
  }

  @Get('dead-letters')
  @Roles('admin')
  @ApiOperation({ summary: '死信消息 / Messages a consumer could not handle, with the error' })
  async deadLetters(@Query('consumer') consumer?: string) {
    return { items: await this.runtime.engines.bus.deadLetters(consumer) };
  }
}

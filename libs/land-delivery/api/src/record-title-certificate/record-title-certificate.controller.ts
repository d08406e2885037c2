import { Body, Controller, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { parkOfLandProject, type LandProjectCommand } from '@ia/land-delivery/domain';
import {
  CLOCK,
  CurrentPrincipal,
  InPark,
  Roles,
  assertParkAllowed,
  commandContext,
  type Clock,
  type Principal,
  ParseIdentifierPipe,
  written,
  occurredAtOf,
} from '@ia/platform';
import { ExecuteLandProjectCommand } from '../execution';
import { LandProjectParks } from '../parks/land-project-parks';
import { RecordTitleCertificateDto } from './record-title-certificate.dto';

@ApiTags('land projects 项目用地')
@ApiBearerAuth()
@Controller('api/v1/land-projects/:projectId/title-certificate')
export class RecordTitleCertificateController {
  constructor(
    private readonly commands: CommandBus,
    private readonly projects: LandProjectParks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(200)
  @Roles('agent', 'admin')
  @InPark({ param: 'projectId' }, LandProjectParks)
  @ApiOperation({
    summary: '登记不动产权证书（代办审批之外取得时）/ Enter the title certificate when it was not granted through approvals',
  })
  @ApiOkResponse({ schema: { example: { id: '01963f6e-0000-7000-8000-000000000001', revision: 1 } } })
  @ApiConflictResponse({ description: 'LAND.TITLE_CERTIFICATE_CONFLICT 不动产权证书已按其他日期登记' })
  async record(
    @Param('projectId', ParseIdentifierPipe) projectId: string,
    @Body() body: RecordTitleCertificateDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    // A project land delivery has not heard of has no park yet: only county-wide holders may open its record.
    if (parkOfLandProject(await this.projects.load(projectId)) === undefined) assertParkAllowed(principal, null);
    const command: LandProjectCommand = { type: 'RecordTitleCertificate', data: { projectId, ...body, source: 'entered' } };
    const now = this.clock.now();
    const context = commandContext(request, principal, now, { occurredAt: occurredAtOf(body.grantedOn, now) });
    const result = await this.commands.execute(new ExecuteLandProjectCommand(projectId, command, context));
    return written(response, projectId, result);
  }
}

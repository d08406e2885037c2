import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { parkOfLandProject, type ParcelCommand } from '@ia/land-delivery/domain';
import {
  CLOCK,
  CurrentPrincipal,
  InPark,
  Roles,
  assertParkAllowed,
  commandContext,
  type Clock,
  type Principal,
  written,
} from '@ia/platform';
import { ExecuteParcelCommand } from '../execution';
import { LandProjectParks } from '../parks/land-project-parks';
import { ParcelParks } from '../parks/parcel-parks';
import { AllocateParcelDto } from './allocate-parcel.dto';

@ApiTags('parcels 地块')
@ApiBearerAuth()
@Controller('api/v1/parcels/:parcelId/allocation')
export class AllocateParcelController {
  constructor(
    private readonly commands: CommandBus,
    private readonly projects: LandProjectParks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(200)
  @Roles('promoter', 'admin')
  @InPark({ param: 'parcelId' }, ParcelParks)
  @ApiOperation({
    summary:
      '将地块分配给已签约项目，核对协议承诺与控制指标 / Allocate the parcel to a signed project, checking commitments against indicators',
  })
  @ApiOkResponse({ schema: { example: { id: '01963f6e-7a1b-7c3d-8e9f-0a1b2c3d4e5f', revision: 1 } } })
  @ApiForbiddenResponse({ description: 'AUTH.PARK_NOT_ALLOWED 无权访问地块或项目所在园区的数据' })
  @ApiConflictResponse({
    description:
      'LAND.COMMITMENTS_SHORT 协议承诺未达到地块控制指标（shortfalls 列出每一项）/ LAND.PROJECT_NOT_SIGNED / LAND.PARCEL_IN_OTHER_PARK / LAND.PARCEL_ALREADY_ALLOCATED / LAND.OVERRIDE_NOT_ALLOWED',
  })
  async allocate(
    @Param('parcelId', ParseUUIDPipe) parcelId: string,
    @Body() body: AllocateParcelDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    // The guard checked the parcel's park; the project's is checked here, from its stream like the terms themselves.
    const project = await this.projects.load(body.projectId);
    const projectParkId = parkOfLandProject(project);
    if (projectParkId !== undefined) assertParkAllowed(principal, projectParkId);
    const agreement = project.agreement && {
      agreementId: project.agreement.agreementId,
      parkId: project.agreement.parkId,
      signedOn: project.agreement.signedOn,
      commitments: project.agreement.commitments,
    };
    const override =
      body.overrideReason === undefined ? undefined : { reason: body.overrideReason, by: { id: principal.id, role: principal.role } };
    const command: ParcelCommand = {
      type: 'AllocateParcel',
      data: { projectId: body.projectId, allocatedOn: body.allocatedOn, ...(agreement && { agreement }), ...(override && { override }) },
    };
    const context = commandContext(request, principal, this.clock.now(), { reason: body.overrideReason });
    return written(response, parcelId, await this.commands.execute(new ExecuteParcelCommand(parcelId, command, context)));
  }
}

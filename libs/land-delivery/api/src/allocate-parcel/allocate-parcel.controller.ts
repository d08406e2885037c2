import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { ParcelCommand } from '@ia/land-delivery/domain';
import { CLOCK, CurrentPrincipal, Roles, commandContext, type Clock, type Principal, written } from '@ia/platform';
import { ExecuteParcelCommand } from '../execution';
import { GetLandProject } from '../queries';
import { AllocateParcelDto } from './allocate-parcel.dto';

@ApiTags('parcels 地块')
@ApiBearerAuth()
@Controller('api/v1/parcels/:parcelId/allocation')
export class AllocateParcelController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(200)
  @Roles('promoter', 'admin')
  @ApiOperation({
    summary:
      '将地块分配给已签约项目，核对协议承诺与控制指标 / Allocate the parcel to a signed project, checking commitments against indicators',
  })
  @ApiOkResponse({ schema: { example: { id: '01963f6e-7a1b-7c3d-8e9f-0a1b2c3d4e5f', revision: 1 } } })
  @ApiConflictResponse({
    description:
      'LAND.COMMITMENTS_SHORT 协议承诺未达到地块控制指标（shortfalls 列出每一项）/ LAND.PROJECT_NOT_SIGNED / LAND.PARCEL_ALREADY_ALLOCATED / LAND.OVERRIDE_NOT_ALLOWED',
  })
  async allocate(
    @Param('parcelId', ParseUUIDPipe) parcelId: string,
    @Body() body: AllocateParcelDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const project = await this.queries.execute(new GetLandProject(body.projectId));
    const agreement =
      project?.agreementId && project.signedOn && project.commitments
        ? { agreementId: project.agreementId, signedOn: project.signedOn, commitments: project.commitments }
        : undefined;
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

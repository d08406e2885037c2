import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { ParcelCommand } from '@ia/land-delivery/domain';
import { CLOCK, CurrentPrincipal, InPark, Roles, commandContext, type Clock, type Principal, written, occurredAtOf } from '@ia/platform';
import { ExecuteParcelCommand } from '../execution';
import { ParcelParks } from '../parks/parcel-parks';
import { GetLandProject, GetParcel } from '../queries';
import { DeliverLandDto } from './deliver-land.dto';

@ApiTags('parcels 地块')
@ApiBearerAuth()
@Controller('api/v1/parcels/:parcelId/delivery')
export class DeliverLandController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(200)
  @Roles('promoter', 'agent', 'admin')
  @InPark({ param: 'parcelId' }, ParcelParks)
  @ApiOperation({
    summary: '交地（凭交地确认书），记录是否地证同交 / Deliver the land with its confirmation; records land-and-certificate-together',
  })
  @ApiOkResponse({ schema: { example: { id: '01963f6e-7a1b-7c3d-8e9f-0a1b2c3d4e5f', revision: 2 } } })
  @ApiConflictResponse({ description: 'LAND.PARCEL_NOT_ALLOCATED / LAND.ALREADY_DELIVERED / LAND.DELIVERY_BEFORE_ALLOCATION' })
  async deliver(
    @Param('parcelId', ParseUUIDPipe) parcelId: string,
    @Body() body: DeliverLandDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const projectId = (await this.queries.execute(new GetParcel(parcelId)))?.allocation?.projectId;
    const certificate = projectId === undefined ? undefined : (await this.queries.execute(new GetLandProject(projectId)))?.titleCertificate;
    const command: ParcelCommand = {
      type: 'DeliverLand',
      data: { ...body, ...(certificate && { titleCertificateOn: certificate.grantedOn }) },
    };
    const now = this.clock.now();
    const context = commandContext(request, principal, now, { occurredAt: occurredAtOf(body.deliveredOn, now) });
    return written(response, parcelId, await this.commands.execute(new ExecuteParcelCommand(parcelId, command, context)));
  }
}

import { Body, Controller, Inject, Param, ParseUUIDPipe, Put, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CLOCK, CurrentPrincipal, InPark, Roles, commandContext, type Clock, type Principal, written } from '@ia/platform';
import { ExecuteParcelCommand } from '../execution';
import { ParcelParks } from '../parks/parcel-parks';
import { IndicatorsDto, ReadinessDto } from '../register-parcel/parcel.dto';

@ApiTags('parcels 地块')
@ApiBearerAuth()
@Controller('api/v1/parcels/:parcelId')
@InPark({ param: 'parcelId' }, ParcelParks)
export class ReviseParcelController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Put('indicators')
  @Roles('admin')
  @ApiOperation({ summary: '修改控制指标（分配前）/ Revise the control indicators before allocation' })
  @ApiOkResponse({ schema: { example: { id: '01963f6e-7a1b-7c3d-8e9f-0a1b2c3d4e5f', revision: 1 } } })
  @ApiConflictResponse({ description: 'LAND.INDICATORS_FIXED 地块已分配，控制指标不可修改' })
  async indicators(
    @Param('parcelId', ParseUUIDPipe) parcelId: string,
    @Body() body: IndicatorsDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const command = { type: 'ReviseIndicators', data: { indicators: body } } as const;
    const result = await this.commands.execute(
      new ExecuteParcelCommand(parcelId, command, commandContext(request, principal, this.clock.now())),
    );
    return written(response, parcelId, result);
  }

  @Put('readiness')
  @Roles('admin')
  @ApiOperation({ summary: '更新地块基础设施配套（七通一平）/ Update the site readiness' })
  @ApiOkResponse({ schema: { example: { id: '01963f6e-7a1b-7c3d-8e9f-0a1b2c3d4e5f', revision: 2 } } })
  async readiness(
    @Param('parcelId', ParseUUIDPipe) parcelId: string,
    @Body() body: ReadinessDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const command = { type: 'UpdateReadiness', data: { readiness: { ...body } } } as const;
    const result = await this.commands.execute(
      new ExecuteParcelCommand(parcelId, command, commandContext(request, principal, this.clock.now())),
    );
    return written(response, parcelId, result);
  }
}

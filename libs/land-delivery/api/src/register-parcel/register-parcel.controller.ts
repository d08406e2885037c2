import { Body, Controller, Inject, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  CLOCK,
  CurrentPrincipal,
  ID_GENERATOR,
  InPark,
  Roles,
  commandContext,
  type Clock,
  type IdGenerator,
  type Principal,
  written,
} from '@ia/platform';
import { ExecuteParcelCommand } from '../execution';
import { ListParcels } from '../queries';
import { RegisterParcelDto } from './register-parcel.dto';

@ApiTags('parcels 地块')
@ApiBearerAuth()
@Controller('api/v1/parcels')
export class RegisterParcelController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  @Post()
  @Roles('admin')
  @InPark({ body: 'parkId' })
  @ApiOperation({ summary: '登记标准地地块 / Register a standard-land parcel with its indicators and site readiness' })
  @ApiCreatedResponse({ schema: { example: { id: '01963f6e-7a1b-7c3d-8e9f-0a1b2c3d4e5f', revision: 0 } } })
  @ApiConflictResponse({ description: 'LAND.PARCEL_CODE_TAKEN 地块编号已被使用 / LAND.INVALID_PLOT_RATIO 容积率区间无效' })
  async register(
    @Body() body: RegisterParcelDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const parcelId = this.newId();
    const sameCode = (await this.queries.execute(new ListParcels({ parkId: body.parkId, principal }))).find(
      (parcel) => parcel.code === body.code,
    );
    const data = { parcelId, ...body, ...(sameCode && { codeUsedBy: sameCode.parcelId }) };
    const context = commandContext(request, principal, this.clock.now());
    const result = await this.commands.execute(new ExecuteParcelCommand(parcelId, { type: 'RegisterParcel', data }, context));
    return written(response, parcelId, result, `/api/v1/parcels/${parcelId}`);
  }
}

import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, InPark, ParkFiltered, ProblemError, Roles, assertParkAllowed, type Principal } from '@ia/platform';
import { ParcelParks } from '../parks/parcel-parks';
import { GetParcel, ListParcels } from '../queries';

const STATUSES = ['available', 'allocated', 'delivered'] as const;

@ApiTags('parcels 地块')
@ApiBearerAuth()
@Controller('api/v1/parcels')
export class ReadParcelsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('admin', 'promoter', 'agent', 'leader', 'auditor')
  @ParkFiltered()
  @ApiOperation({ summary: '地块列表（面积同时以亩显示）/ Parcels, areas also in mu' })
  @ApiQuery({ name: 'parkId', required: false, example: 'park-xiangxiang' })
  @ApiQuery({ name: 'status', required: false, enum: STATUSES })
  async list(@CurrentPrincipal() principal: Principal, @Query('parkId') parkId?: string, @Query('status') status?: string) {
    if (parkId !== undefined) assertParkAllowed(principal, parkId);
    if (status !== undefined && !STATUSES.some((known) => known === status)) {
      throw new ProblemError(400, 'REQUEST.INVALID_STATUS', '状态参数无效', `status must be one of ${STATUSES.join(', ')}`);
    }
    const filter = { parkId, status: status as (typeof STATUSES)[number] | undefined, principal };
    return { items: await this.queries.execute(new ListParcels(filter)) };
  }

  @Get(':parcelId')
  @Roles('admin', 'promoter', 'agent', 'leader', 'auditor')
  @InPark({ param: 'parcelId' }, ParcelParks)
  @ApiOperation({ summary: '地块详情：指标、配套、分配与交地 / One parcel: indicators, readiness, allocation, delivery' })
  @ApiNotFoundResponse({ description: 'LAND.PARCEL_NOT_FOUND 地块不存在' })
  async one(@Param('parcelId', ParseUUIDPipe) parcelId: string) {
    const parcel = await this.queries.execute(new GetParcel(parcelId));
    if (!parcel) throw new ProblemError(404, 'LAND.PARCEL_NOT_FOUND', '地块不存在', `No parcel ${parcelId}`);
    return parcel;
  }
}

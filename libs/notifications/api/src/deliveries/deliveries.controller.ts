import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DELIVERIES, type DeliveryStatus, type DeliveryView } from '@ia/notifications/domain';
import {
  CountyWide,
  CurrentPrincipal,
  ENGINES,
  ParkFiltered,
  ProblemError,
  readWithinParks,
  Roles,
  type Engines,
  type Principal,
} from '@ia/platform';
import { DeliveryWorker } from '../deliver';
import { ReminderSweep } from '../sweep';

const STATUSES: readonly DeliveryStatus[] = ['pending', 'sent', 'abandoned'];

/** Every delivery with its attempts, so that administrators see what reached whom and what did not. */
@ApiTags('notifications 提醒')
@ApiBearerAuth()
@Controller('api/v1/notifications')
export class DeliveriesController {
  constructor(
    @Inject(ENGINES) private readonly engines: Engines,
    private readonly sweep: ReminderSweep,
    private readonly worker: DeliveryWorker,
  ) {}

  @Get('deliveries')
  @Roles('admin')
  @ParkFiltered()
  @ApiQuery({ name: 'status', required: false, enum: STATUSES })
  @ApiQuery({ name: 'parkId', required: false })
  @ApiOperation({ summary: '提醒推送记录 / Deliveries: sent, failing and retried, given up; newest first' })
  async deliveries(@CurrentPrincipal() principal: Principal, @Query('status') status?: string, @Query('parkId') parkId?: string) {
    if (status !== undefined && !STATUSES.includes(status as DeliveryStatus)) {
      throw new ProblemError(400, 'REQUEST.INVALID_STATUS', '状态无效', `status must be one of ${STATUSES.join(', ')}`);
    }
    const deliveries = await readWithinParks<DeliveryView>(this.engines.readModels, principal, DELIVERIES, { parkId });
    return {
      items: deliveries
        .filter((delivery) => status === undefined || delivery.status === status)
        .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))
        .slice(0, 500)
        .map(({ sealedAddress: _sealed, ...visible }) => visible),
    };
  }

  @Post('sweeps')
  @Roles('admin')
  @CountyWide()
  @ApiOperation({ summary: '立即检查到期事项并推送 / Look for what falls due and send what is pending, now' })
  async sweepNow(@Body() body: unknown) {
    // It takes no body: anything sent is a mistake the caller should hear of, not something quietly ignored.
    if (body !== undefined && !(typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0)) {
      throw new ProblemError(400, 'REQUEST.BODY_NOT_ALLOWED', '该操作不接受请求体', 'This operation takes no request body');
    }
    const { raised, digests } = await this.sweep.run();
    return { raised, digests, sent: await this.worker.run() };
  }
}

import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DUE_KIND_NAMES } from '@ia/notifications/domain';
import { assertParkAllowed, CLOCK, CurrentPrincipal, ParkFiltered, Roles, withinParks, type Clock, type Principal } from '@ia/platform';
import { localTime, ReminderSweep } from '../sweep';

/** What falls due now, near or past its deadline: the list reminders are made from. */
@ApiTags('notifications 提醒')
@ApiBearerAuth()
@Controller('api/v1/notifications/due-items')
export class DueItemsController {
  constructor(
    private readonly sweep: ReminderSweep,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('promoter', 'agent', 'leader', 'admin', 'auditor')
  @ParkFiltered()
  @ApiQuery({ name: 'parkId', required: false })
  @ApiOperation({ summary: '即将到期与已逾期事项 / Items near or past their deadline' })
  async list(@CurrentPrincipal() principal: Principal, @Query('parkId') parkId?: string) {
    if (parkId !== undefined) assertParkAllowed(principal, parkId);
    const today = localTime(this.clock.now()).date;
    const open = (await this.sweep.openItems(today)).filter((entry) => entry.stage !== undefined);
    const visible = withinParks(principal, open, (entry) => entry.item.parkId ?? null).filter(
      (entry) => parkId === undefined || entry.item.parkId === parkId,
    );
    return {
      today,
      items: visible
        .map(({ item, stage }) => ({ ...item, stage, name: DUE_KIND_NAMES[item.kind] }))
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
    };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { CALENDAR_YEARS, type CalendarYearAdopted } from '@ia/notifications/domain';
import { ENGINES, type Engines } from '@ia/platform';
import { overlayCalendar, seedCalendarData, type WorkingCalendar } from '@ia/reference';

const SEED = seedCalendarData();

/** The working calendar reminders count on: the national seed with every year approvals published laid over it. */
@Injectable()
export class NotificationCalendar {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}

  async current(): Promise<WorkingCalendar> {
    const published = await this.engines.readModels.list<CalendarYearAdopted>(CALENDAR_YEARS);
    return overlayCalendar(
      SEED,
      [...published].sort((a, b) => a.year - b.year),
    ).calendar;
  }
}

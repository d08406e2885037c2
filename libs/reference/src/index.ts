export { checkUscc, normaliseUscc, type UsccCheck, type UsccFailure } from './uscc';
export {
  INDUSTRY_DIVISIONS,
  INDUSTRY_SECTIONS,
  type IndustryDivision,
  type IndustrySection,
  type IndustrySectionCode,
} from './industry-codes';
export { divisionsOf, findIndustry, isValidIndustry, type Industry } from './industry';
export { muToSquareMetres, squareMetresToMu } from './area';
export { isYuan, tenThousandYuan, yuanPerMu, type Yuan } from './money';
export { normaliseCompanyName } from './company-name';
export { addCalendarDays, calendarDaysBetween, isCalendarDate, weekdayOf, yearOf, type Weekday } from './calendar-date';
export {
  createWorkingCalendar,
  type CalendarData,
  type CalendarYear,
  type WorkingCalendar,
  type WorkingDay,
  type WorkingDayCount,
} from './working-days';
export { seedCalendarData } from './calendar-seed';
export { overlayCalendar, type CalendarSource, type EffectiveCalendar, type PublishedCalendarYear } from './calendar-overlay';

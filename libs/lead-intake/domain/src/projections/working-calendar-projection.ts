import { streamCategory, type Projection } from '@ia/kernel';
import { WORKING_CALENDAR_CATEGORY, type AdoptedCalendarYear, type WorkingCalendarEvent } from '../working-calendar/working-calendar';

export const CALENDAR_YEARS_COLLECTION = 'lead-intake.calendar-years';

/** The latest adopted publication of each year, one document per year, for the seed to be overlaid with. */
export const workingCalendarProjection: Projection = {
  name: 'lead-intake.calendar-years',
  collections: [CALENDAR_YEARS_COLLECTION],
  categories: [WORKING_CALENDAR_CATEGORY],
  async apply(recorded, readModels) {
    if (streamCategory(recorded.streamName) !== WORKING_CALENDAR_CATEGORY || recorded.type !== 'WorkingCalendarAdopted') return;
    const { data } = recorded as unknown as WorkingCalendarEvent;
    const id = String(data.year);
    const current = await readModels.get<AdoptedCalendarYear>(CALENDAR_YEARS_COLLECTION, id);
    if (current && current.revision >= data.revision) return;
    await readModels.put<AdoptedCalendarYear>(CALENDAR_YEARS_COLLECTION, id, data);
  },
};

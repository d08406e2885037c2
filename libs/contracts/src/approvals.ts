import { defineIntegrationEvent } from './integration-event';
import { array, date, integer, object, oneOf, optional, SchemaError, string, type Infer, type Schema } from './schema';
import { TOPICS } from './topics';

export const APPROVAL_STAGES = ['on_signing', 'project_approval', 'assessments', 'engineering_permits', 'land', 'completion'] as const;
export type ApprovalStage = (typeof APPROVAL_STAGES)[number];

/** The national project code given by the filing (年份-地区6位-行业2位-类型2位-序号), e.g. 2026-430100-38-03-012345. */
export const NATIONAL_PROJECT_CODE_PATTERN = /^(\d{4})-(\d{6})-(\d{2})-(\d{2})-(\d{6})$/;

/**
 * Item codes other services react to: the construction permit clears the start of work, the title
 * certificate and planning permits matter to land delivery, the completion filing to commissioning.
 */
export const WELL_KNOWN_ITEMS = {
  businessRegistration: 'business_registration',
  taxRegistration: 'tax_registration',
  projectFiling: 'project_filing',
  landUsePlanningPermit: 'land_use_planning_permit',
  engineeringPlanningPermit: 'engineering_planning_permit',
  constructionPermit: 'construction_permit',
  titleCertificate: 'title_certificate',
  completionFiling: 'completion_filing',
} as const;

export const ApprovalItemGrantedV1 = defineIntegrationEvent(
  'ApprovalItemGranted',
  1,
  TOPICS.approvals,
  object({
    projectId: string({ max: 64 }),
    itemId: string({ max: 64 }),
    itemCode: string({ max: 64 }),
    stage: oneOf(APPROVAL_STAGES),
    grantedOn: date,
    licenceNumber: optional(string({ max: 128 })),
    /** The national project code, given by the investment project filing (备案). */
    projectCode: optional(string({ max: 64 })),
  }),
);
export type ApprovalItemGrantedV1 = Infer<typeof ApprovalItemGrantedV1.schema>;

const calendarYearShape = object({
  year: integer({ min: 2000, max: 2100 }),
  /** Orders the publications of one year, from 0: a consumer keeps the highest it has seen. */
  revision: integer({ min: 0 }),
  holidays: array(date, { max: 60 }),
  adjustedWorkdays: array(date, { max: 20 }),
});
interface CalendarYearMessage {
  readonly year: number;
  readonly revision: number;
  readonly holidays: readonly string[];
  readonly adjustedWorkdays: readonly string[];
}

/** Every date lies in the year, and no day is both off and worked: a consumer can build a calendar from it as it is. */
const calendarYear: Schema<CalendarYearMessage> = {
  description: `${calendarYearShape.description} of one year`,
  parse(value, path = '') {
    const parsed = calendarYearShape.parse(value, path);
    const at = (field: string, index: number) => `${path ? `${path}.` : ''}${field}[${index}]`;
    const outside = (dates: readonly string[]) => dates.findIndex((day) => Number(day.slice(0, 4)) !== parsed.year);
    for (const field of ['holidays', 'adjustedWorkdays'] as const) {
      const index = outside(parsed[field]);
      if (index >= 0) throw new SchemaError(at(field, index), `a date in ${parsed.year}`);
    }
    const both = parsed.adjustedWorkdays.findIndex((day) => parsed.holidays.includes(day));
    if (both >= 0) throw new SchemaError(at('adjustedWorkdays', both), 'a day that is not also a holiday');
    return parsed;
  },
};

/**
 * An administrator published (or corrected) a year's holiday arrangement (节假日安排): the days off and the
 * weekend days worked (调休). Every context that counts working days lays it over its seed.
 */
export const WorkingCalendarPublishedV1 = defineIntegrationEvent('WorkingCalendarPublished', 1, TOPICS.approvals, calendarYear);
export type WorkingCalendarPublishedV1 = Infer<typeof WorkingCalendarPublishedV1.schema>;

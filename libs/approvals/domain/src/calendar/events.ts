export type CalendarEvent = {
  readonly type: 'CalendarYearPublished';
  readonly data: { readonly year: number; readonly holidays: readonly string[]; readonly adjustedWorkdays: readonly string[] };
};

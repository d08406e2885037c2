export type CalendarCommand = {
  readonly type: 'PublishYear';
  readonly data: { readonly year: number; readonly holidays: readonly string[]; readonly adjustedWorkdays: readonly string[] };
};

import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApprovalReadModels } from '../shared/read-models';

export interface CalendarYearView {
  readonly year: number;
  readonly source: 'published' | 'seed' | 'none';
  readonly holidays: readonly string[];
  readonly adjustedWorkdays: readonly string[];
  readonly revision: number;
}

export interface Deadline {
  readonly from: string;
  readonly days: number;
  readonly dueOn: string;
  readonly provisional: boolean;
}

export class GetCalendarYear extends Query<CalendarYearView> {
  constructor(readonly year: number) {
    super();
  }
}

export class ComputeDeadline extends Query<Deadline> {
  constructor(
    readonly from: string,
    readonly days: number,
  ) {
    super();
  }
}

@QueryHandler(GetCalendarYear)
export class GetCalendarYearHandler implements IQueryHandler<GetCalendarYear> {
  constructor(private readonly readModels: ApprovalReadModels) {}

  async execute({ year }: GetCalendarYear): Promise<CalendarYearView> {
    const { data, sources } = await this.readModels.calendar();
    const published = await this.readModels.publishedYear(year);
    const days = data.years[year];
    return {
      year,
      source: sources[year] ?? 'none',
      holidays: days?.holidays ?? [],
      adjustedWorkdays: days?.adjustedWorkdays ?? [],
      revision: published?.revision ?? -1,
    };
  }
}

@QueryHandler(ComputeDeadline)
export class ComputeDeadlineHandler implements IQueryHandler<ComputeDeadline> {
  constructor(private readonly readModels: ApprovalReadModels) {}

  async execute({ from, days }: ComputeDeadline): Promise<Deadline> {
    const { calendar } = await this.readModels.calendar();
    const due = calendar.addWorkingDays(from, days);
    return { from, days, dueOn: due.date, provisional: due.provisional };
  }
}

import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EventSourcingRuntime, readWithinParks, type Principal } from '@ia/platform';
import { normaliseCompanyName, normaliseUscc } from '@ia/reference';
import { LEADS_COLLECTION, industryMatches, type LeadView } from '@ia/lead-intake/domain';
import { LeadPresenter, type LeadSummary } from '../shared/lead-presenter';
import { parseIndustryCode } from '../shared/validators';
import type { ListLeadsQueryString } from './list-leads.dto';

export interface LeadPage {
  readonly items: readonly LeadSummary[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export class ListLeads extends Query<LeadPage> {
  constructor(
    readonly filters: ListLeadsQueryString,
    readonly principal: Principal,
  ) {
    super();
  }
}

const DEFAULT_PAGE_SIZE = 20;

@QueryHandler(ListLeads)
export class ListLeadsHandler implements IQueryHandler<ListLeads> {
  constructor(
    private readonly runtime: EventSourcingRuntime,
    private readonly presenter: LeadPresenter,
  ) {}

  async execute({ filters, principal }: ListLeads): Promise<LeadPage> {
    const basis = await this.presenter.basis();
    const industry = filters.industry === undefined ? undefined : parseIndustryCode(filters.industry);
    // Searching normalises the text as names are normalised, so 星辰电气有限公司 finds 星辰电气有限责任公司.
    // A search that is a whole code finds the lead with that USCC as well, typed in either width or case.
    const needle = filters.search === undefined ? undefined : normaliseCompanyName(filters.search);
    const code = filters.search === undefined ? undefined : normaliseUscc(filters.search);
    const views = await readWithinParks<LeadView>(this.runtime.engines.readModels, principal, LEADS_COLLECTION, { parkId: filters.parkId });
    const matching = views
      .filter((view) => filters.status === undefined || view.status === filters.status)
      .filter((view) => filters.source === undefined || view.source === filters.source)
      .filter((view) => filters.promoter === undefined || view.promoterId === filters.promoter)
      .filter((view) => industry === undefined || industryMatches(industry, view.industry))
      .filter((view) => needle === undefined || needle === '' || view.normalisedName.includes(needle) || view.uscc === code)
      .sort((first, second) => second.registeredAt.localeCompare(first.registeredAt) || second.id.localeCompare(first.id))
      .filter(
        (view) =>
          filters.overdue === undefined || this.presenter.timeliness(view, basis).overdue.length > 0 === (filters.overdue === 'true'),
      );
    const page = Number(filters.page ?? 1);
    const pageSize = Number(filters.pageSize ?? DEFAULT_PAGE_SIZE);
    const items = await Promise.all(
      matching.slice((page - 1) * pageSize, page * pageSize).map((view) => this.presenter.summary(view, principal, basis)),
    );
    return { items, total: matching.length, page, pageSize };
  }
}

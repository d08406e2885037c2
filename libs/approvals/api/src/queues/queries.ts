import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  ApprovalErrors,
  buildBoard,
  byUrgency,
  inQueue,
  isFinal,
  itemClock,
  type ApprovalItem,
  type Board,
  type Folded,
  type ItemView,
  type QueueFilter,
} from '@ia/approvals/domain';
import { CLOCK, type Clock, type Principal, businessDateOf } from '@ia/platform';
import { ItemPresenter, type ClockedItem, type ItemResponse } from '../shared/item-presenter';
import { ApprovalReadModels } from '../shared/read-models';

export interface ItemList {
  readonly asOf: string;
  readonly items: readonly ItemResponse[];
}

export class GetApproval extends Query<ItemResponse> {
  constructor(
    readonly itemId: string,
    readonly principal: Principal,
  ) {
    super();
  }
}

export class ListApprovals extends Query<ItemList> {
  constructor(
    readonly principal: Principal,
    readonly filter: QueueFilter | undefined,
    readonly assignee: string | undefined,
    readonly dueSoonDays: number,
    readonly parkId: string | undefined,
  ) {
    super();
  }
}

export class ListProjectApprovals extends Query<ItemList & { readonly projectId: string }> {
  constructor(
    readonly projectId: string,
    readonly principal: Principal,
  ) {
    super();
  }
}

export class GetBoard extends Query<Board> {
  constructor(
    readonly principal: Principal,
    readonly parkId: string | undefined,
  ) {
    super();
  }
}

/**
 * Every clock is computed now, from the platform's clock and the calendar as published: never stored.
 * Lists hold only items of the parks the caller works for; an item whose park is not known is for the county.
 */
abstract class ClockedQuery {
  constructor(
    protected readonly readModels: ApprovalReadModels,
    protected readonly presenter: ItemPresenter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  protected today(): string {
    return businessDateOf(this.clock.now());
  }

  protected async clocked(
    principal: Principal,
    asOf: string,
    keep: (view: ItemView) => boolean = () => true,
  ): Promise<readonly ClockedItem[]> {
    const { calendar } = await this.readModels.calendar();
    const visible = await this.readModels.visibleItems(principal);
    return visible
      .map((folded): ClockedItem => ({ item: folded.state, clock: itemClock(folded.state, calendar, asOf), revision: folded.revision }))
      .filter(keep)
      .sort(byUrgency);
  }

  protected async list(principal: Principal, keep?: (view: ItemView) => boolean): Promise<ItemList> {
    const asOf = this.today();
    const clocked = await this.clocked(principal, asOf, keep);
    return { asOf, items: await Promise.all(clocked.map((entry) => this.presenter.present(entry, principal))) };
  }

  protected async one(folded: Folded<ApprovalItem>, principal: Principal): Promise<ItemResponse> {
    const { calendar } = await this.readModels.calendar();
    const clock = itemClock(folded.state, calendar, this.today());
    return this.presenter.present({ item: folded.state, clock, revision: folded.revision }, principal);
  }
}

const inPark = (parkId: string | undefined) => (view: ItemView) => parkId === undefined || view.item.parkId === parkId;

@QueryHandler(GetApproval)
export class GetApprovalHandler extends ClockedQuery implements IQueryHandler<GetApproval> {
  async execute({ itemId, principal }: GetApproval): Promise<ItemResponse> {
    const folded = await this.readModels.item(itemId);
    if (folded === undefined) throw ApprovalErrors.notFound();
    return this.one(folded, principal);
  }
}

@QueryHandler(ListApprovals)
export class ListApprovalsHandler extends ClockedQuery implements IQueryHandler<ListApprovals> {
  execute({ principal, filter, assignee, dueSoonDays, parkId }: ListApprovals): Promise<ItemList> {
    return this.list(
      principal,
      (view) =>
        !isFinal(view.item.status) &&
        inPark(parkId)(view) &&
        (assignee === undefined || view.item.assignee === assignee) &&
        (filter === undefined || inQueue(view, filter, dueSoonDays)),
    );
  }
}

@QueryHandler(ListProjectApprovals)
export class ListProjectApprovalsHandler extends ClockedQuery implements IQueryHandler<ListProjectApprovals> {
  async execute({ projectId, principal }: ListProjectApprovals) {
    const list = await this.list(principal, (view) => view.item.projectId === projectId);
    if (list.items.length === 0) throw ApprovalErrors.projectNotFound(projectId);
    return { projectId, ...list };
  }
}

@QueryHandler(GetBoard)
export class GetBoardHandler extends ClockedQuery implements IQueryHandler<GetBoard> {
  async execute({ principal, parkId }: GetBoard): Promise<Board> {
    const asOf = this.today();
    return buildBoard(await this.clocked(principal, asOf, inPark(parkId)), asOf);
  }
}

export const QUERY_HANDLERS = [GetApprovalHandler, ListApprovalsHandler, ListProjectApprovalsHandler, GetBoardHandler];

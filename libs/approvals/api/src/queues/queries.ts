import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApprovalErrors, buildBoard, byUrgency, inQueue, isFinal, type Board, type QueueFilter } from '@ia/approvals/domain';
import { CLOCK, type Clock, businessDateOf } from '@ia/platform';
import { ApprovalReadModels, type ItemResponse } from '../shared/read-models';

export interface ItemList {
  readonly asOf: string;
  readonly items: readonly ItemResponse[];
}

export class GetApproval extends Query<ItemResponse> {
  constructor(readonly itemId: string) {
    super();
  }
}

export class ListApprovals extends Query<ItemList> {
  constructor(
    readonly filter: QueueFilter | undefined,
    readonly assignee: string | undefined,
    readonly dueSoonDays: number,
  ) {
    super();
  }
}

export class ListProjectApprovals extends Query<ItemList & { readonly projectId: string }> {
  constructor(readonly projectId: string) {
    super();
  }
}

export class GetBoard extends Query<Board> {}

/** Every clock is computed now, from the platform's clock and the calendar as published: never stored. */
abstract class ClockedQuery {
  constructor(
    protected readonly readModels: ApprovalReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  protected async views(filter: (response: ItemResponse) => boolean = () => true): Promise<ItemList> {
    const asOf = businessDateOf(this.clock.now());
    const calendar = await this.readModels.calendar();
    const items = (await this.readModels.items()).map((folded) => this.readModels.respond(folded, calendar, asOf)).filter(filter);
    return { asOf, items: items.sort((left, right) => byUrgency({ item: left, clock: left.clock }, { item: right, clock: right.clock })) };
  }

  protected async one(itemId: string): Promise<ItemResponse> {
    const folded = await this.readModels.item(itemId);
    if (folded === undefined) throw ApprovalErrors.notFound();
    return this.readModels.respond(folded, await this.readModels.calendar(), businessDateOf(this.clock.now()));
  }
}

@QueryHandler(GetApproval)
export class GetApprovalHandler extends ClockedQuery implements IQueryHandler<GetApproval> {
  execute({ itemId }: GetApproval): Promise<ItemResponse> {
    return this.one(itemId);
  }
}

@QueryHandler(ListApprovals)
export class ListApprovalsHandler extends ClockedQuery implements IQueryHandler<ListApprovals> {
  execute({ filter, assignee, dueSoonDays }: ListApprovals): Promise<ItemList> {
    return this.views(
      (item) =>
        !isFinal(item.status) &&
        (assignee === undefined || item.assignee === assignee) &&
        (filter === undefined || inQueue({ item, clock: item.clock }, filter, dueSoonDays)),
    );
  }
}

@QueryHandler(ListProjectApprovals)
export class ListProjectApprovalsHandler extends ClockedQuery implements IQueryHandler<ListProjectApprovals> {
  async execute({ projectId }: ListProjectApprovals) {
    const list = await this.views((item) => item.projectId === projectId);
    if (list.items.length === 0) throw ApprovalErrors.projectNotFound(projectId);
    return { projectId, ...list };
  }
}

@QueryHandler(GetBoard)
export class GetBoardHandler extends ClockedQuery implements IQueryHandler<GetBoard> {
  async execute(): Promise<Board> {
    const { asOf, items } = await this.views();
    return buildBoard(
      items.map((item) => ({ item, clock: item.clock })),
      asOf,
    );
  }
}

export const QUERY_HANDLERS = [GetApprovalHandler, ListApprovalsHandler, ListProjectApprovalsHandler, GetBoardHandler];

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  DISPATCHES,
  LEADERSHIP,
  PROBLEMS,
  RECORDS,
  dispatchKey,
  type ConstructionRecordView,
  type DispatchView,
  type LeadershipView,
  type ProblemView,
} from '@ia/construction/domain';
import { ENGINES, type Engines } from '@ia/platform';

export class GetRecord extends Query<ConstructionRecordView | undefined> {
  constructor(readonly projectId: string) {
    super();
  }
}
export class ListRecords extends Query<ConstructionRecordView[]> {
  constructor(readonly parkId: string) {
    super();
  }
}
export class GetLeadership extends Query<LeadershipView | undefined> {
  constructor(readonly projectId: string) {
    super();
  }
}
export class ListProblems extends Query<ProblemView[]> {
  constructor(readonly scope: { readonly projectId: string } | { readonly parkId: string }) {
    super();
  }
}
export class GetDispatch extends Query<DispatchView | undefined> {
  constructor(
    readonly parkId: string,
    readonly month: string,
  ) {
    super();
  }
}

@QueryHandler(GetRecord)
class GetRecordHandler implements IQueryHandler<GetRecord> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}
  execute(query: GetRecord) {
    return this.engines.readModels.get<ConstructionRecordView>(RECORDS, query.projectId);
  }
}

@QueryHandler(ListRecords)
class ListRecordsHandler implements IQueryHandler<ListRecords> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}
  async execute(query: ListRecords) {
    // Index order differs between stores: the ledger lists projects in one order everywhere.
    const records = await this.engines.readModels.listBy<ConstructionRecordView>(RECORDS, 'parkId', [query.parkId]);
    return records.sort((left, right) => left.projectId.localeCompare(right.projectId));
  }
}

@QueryHandler(GetLeadership)
class GetLeadershipHandler implements IQueryHandler<GetLeadership> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}
  execute(query: GetLeadership) {
    return this.engines.readModels.get<LeadershipView>(LEADERSHIP, query.projectId);
  }
}

@QueryHandler(ListProblems)
class ListProblemsHandler implements IQueryHandler<ListProblems> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}
  async execute({ scope }: ListProblems) {
    const [field, value] = 'projectId' in scope ? ['projectId', scope.projectId] : ['parkId', scope.parkId];
    const problems = await this.engines.readModels.listBy<ProblemView>(PROBLEMS, field, [value]);
    return problems.sort((left, right) => left.raisedOn.localeCompare(right.raisedOn) || left.problemId.localeCompare(right.problemId));
  }
}

@QueryHandler(GetDispatch)
class GetDispatchHandler implements IQueryHandler<GetDispatch> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}
  execute(query: GetDispatch) {
    return this.engines.readModels.get<DispatchView>(DISPATCHES, dispatchKey(query.parkId, query.month));
  }
}

export const QUERY_HANDLERS = [GetRecordHandler, ListRecordsHandler, GetLeadershipHandler, ListProblemsHandler, GetDispatchHandler];

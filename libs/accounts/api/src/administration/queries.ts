import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  ACCOUNTS,
  accountStream,
  historyEntry,
  type AccountHistoryEntry,
  type AccountRole,
  type AccountView,
  type HistoryKind,
} from '@ia/accounts/domain';
import { ENGINES, type Engines } from '@ia/platform';

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export function pageOf<T>(all: readonly T[], page: number, pageSize: number): Page<T> {
  return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
}

export interface AccountFilter {
  readonly search?: string | undefined;
  readonly role?: AccountRole | undefined;
  readonly status?: 'enabled' | 'disabled' | undefined;
  readonly parkId?: string | undefined;
}

export class ListAccounts extends Query<AccountView[]> {
  constructor(readonly filter: AccountFilter) {
    super();
  }
}

export class GetAccount extends Query<AccountView | undefined> {
  constructor(readonly accountId: string) {
    super();
  }
}

/** Read from the store itself, the source of truth, as an auditor's replay of a project is. */
export class GetAccountHistory extends Query<AccountHistoryEntry[]> {
  constructor(
    readonly accountId: string,
    readonly kind: HistoryKind | undefined,
  ) {
    super();
  }
}

/** A county's staff are a few hundred accounts: one collection read, filtered here. */
@QueryHandler(ListAccounts)
export class ListAccountsHandler implements IQueryHandler<ListAccounts> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}
  async execute({ filter }: ListAccounts): Promise<AccountView[]> {
    const search = filter.search?.trim().toLowerCase();
    return (await this.engines.readModels.list<AccountView>(ACCOUNTS))
      .filter((account) => !search || account.username.includes(search) || account.displayName.toLowerCase().includes(search))
      .filter((account) => filter.role === undefined || account.roles.includes(filter.role))
      .filter((account) => filter.status === undefined || account.status === filter.status)
      .filter((account) => filter.parkId === undefined || account.parks.length === 0 || account.parks.includes(filter.parkId))
      .sort((left, right) => left.username.localeCompare(right.username));
  }
}

@QueryHandler(GetAccount)
export class GetAccountHandler implements IQueryHandler<GetAccount> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}
  execute(query: GetAccount) {
    return this.engines.readModels.get<AccountView>(ACCOUNTS, query.accountId);
  }
}

@QueryHandler(GetAccountHistory)
export class GetAccountHistoryHandler implements IQueryHandler<GetAccountHistory> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}
  async execute(query: GetAccountHistory): Promise<AccountHistoryEntry[]> {
    const entries = (await this.engines.store.readStream(accountStream(query.accountId))).map(historyEntry);
    return entries.filter((entry) => query.kind === undefined || entry.kind === query.kind);
  }
}

export const QUERY_HANDLERS = [ListAccountsHandler, GetAccountHandler, GetAccountHistoryHandler];

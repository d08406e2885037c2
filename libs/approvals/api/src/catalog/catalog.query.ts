import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Catalog } from '@ia/approvals/domain';
import { ApprovalReadModels } from '../shared/read-models';

export class GetCatalog extends Query<Catalog> {}

@QueryHandler(GetCatalog)
export class GetCatalogHandler implements IQueryHandler<GetCatalog> {
  constructor(private readonly readModels: ApprovalReadModels) {}

  execute(): Promise<Catalog> {
    return this.readModels.catalog();
  }
}

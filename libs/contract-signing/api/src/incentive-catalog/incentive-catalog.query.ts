import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ENGINES, type Engines } from '@ia/platform';
import { catalogView, type CatalogView } from '@ia/contract-signing/domain';

export class GetIncentiveCatalog extends Query<CatalogView> {
  constructor(readonly parkId: string) {
    super();
  }
}

@QueryHandler(GetIncentiveCatalog)
export class GetIncentiveCatalogHandler implements IQueryHandler<GetIncentiveCatalog> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}

  execute({ parkId }: GetIncentiveCatalog): Promise<CatalogView> {
    return catalogView(this.engines.readModels, parkId);
  }
}

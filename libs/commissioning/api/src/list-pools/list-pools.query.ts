import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ENGINES, type Engines } from '@ia/platform';
import { cultivationPools, listCommissioning, type AboveScalePolicy, type CultivationPools } from '@ia/commissioning/domain';
import { ABOVE_SCALE_POLICY } from '../shared/above-scale-policy';

export class ListCultivationPools extends Query<CultivationPools> {
  constructor(readonly year: number) {
    super();
  }
}

@QueryHandler(ListCultivationPools)
export class ListCultivationPoolsHandler implements IQueryHandler<ListCultivationPools> {
  constructor(
    @Inject(ENGINES) private readonly engines: Engines,
    @Inject(ABOVE_SCALE_POLICY) private readonly policy: AboveScalePolicy,
  ) {}

  async execute(query: ListCultivationPools): Promise<CultivationPools> {
    return cultivationPools(await listCommissioning(this.engines.readModels), query.year, this.policy);
  }
}

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ENGINES, withinParks, type Engines, type Principal } from '@ia/platform';
import {
  cultivationPools,
  listCommissioning,
  parkOfCommissioning,
  type AboveScalePolicy,
  type CultivationPools,
} from '@ia/commissioning/domain';
import { ABOVE_SCALE_POLICY } from '../shared/above-scale-policy';

export class ListCultivationPools extends Query<CultivationPools> {
  constructor(
    readonly year: number,
    readonly principal: Principal,
    readonly parkId?: string,
  ) {
    super();
  }
}

/** Pools and warnings count only the projects of the parks the caller works for, and of the park asked for. */
@QueryHandler(ListCultivationPools)
export class ListCultivationPoolsHandler implements IQueryHandler<ListCultivationPools> {
  constructor(
    @Inject(ENGINES) private readonly engines: Engines,
    @Inject(ABOVE_SCALE_POLICY) private readonly policy: AboveScalePolicy,
  ) {}

  async execute(query: ListCultivationPools): Promise<CultivationPools> {
    const visible = withinParks(query.principal, await listCommissioning(this.engines.readModels), parkOfCommissioning);
    const records = query.parkId === undefined ? visible : visible.filter((state) => parkOfCommissioning(state) === query.parkId);
    return cultivationPools(records, query.year, this.policy);
  }
}

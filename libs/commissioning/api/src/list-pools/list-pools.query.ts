import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ENGINES, assertParkAllowed, type Engines, type Principal } from '@ia/platform';
import { cultivationPools, listCommissioning, type AboveScalePolicy, type CultivationPools } from '@ia/commissioning/domain';
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
    const { principal, parkId } = query;
    if (parkId !== undefined) assertParkAllowed(principal, parkId);
    // One park asked for, the caller's parks, or (for the whole county) every project, parkless ones too.
    const parks = parkId !== undefined ? [parkId] : principal.parks.length > 0 ? principal.parks : undefined;
    const records = await listCommissioning(this.engines.readModels, parks);
    return cultivationPools(records, query.year, this.policy);
  }
}

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ENGINES, readWithinParks, type Engines, type Principal } from '@ia/platform';
import {
  COMMISSIONING_PROJECTS,
  cultivationPools,
  type AboveScalePolicy,
  type CommissioningRecord,
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
    const { principal, parkId } = query;
    const records = await readWithinParks<CommissioningRecord>(this.engines.readModels, principal, COMMISSIONING_PROJECTS, { parkId });
    return cultivationPools(
      records.map((record) => record.state),
      query.year,
      this.policy,
    );
  }
}

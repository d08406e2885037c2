import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ENGINES, type Engines } from '@ia/platform';
import {
  commissioningErrors,
  commissioningView,
  findCommissioning,
  type AboveScalePolicy,
  type CommissioningView,
} from '@ia/commissioning/domain';
import { ABOVE_SCALE_POLICY } from '../shared/above-scale-policy';

export class GetCommissioning extends Query<CommissioningView> {
  constructor(readonly projectId: string) {
    super();
  }
}

@QueryHandler(GetCommissioning)
export class GetCommissioningHandler implements IQueryHandler<GetCommissioning> {
  constructor(
    @Inject(ENGINES) private readonly engines: Engines,
    @Inject(ABOVE_SCALE_POLICY) private readonly policy: AboveScalePolicy,
  ) {}

  async execute(query: GetCommissioning): Promise<CommissioningView> {
    const state = await findCommissioning(this.engines.readModels, query.projectId);
    if (!state) throw commissioningErrors.notFound();
    return commissioningView(query.projectId, state, this.policy);
  }
}

import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EventSourcingRuntime } from '@ia/platform';
import { PARK_POLICIES_COLLECTION, type ParkPolicyView } from '@ia/lead-intake/domain';

export class GetParkPolicy extends Query<ParkPolicyView | undefined> {
  constructor(readonly parkId: string) {
    super();
  }
}

@QueryHandler(GetParkPolicy)
export class GetParkPolicyHandler implements IQueryHandler<GetParkPolicy> {
  constructor(private readonly runtime: EventSourcingRuntime) {}
  execute({ parkId }: GetParkPolicy): Promise<ParkPolicyView | undefined> {
    return this.runtime.engines.readModels.get<ParkPolicyView>(PARK_POLICIES_COLLECTION, parkId);
  }
}

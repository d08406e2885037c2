import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PARCELS, PROJECTS, type LandProjectView, type ParcelView } from '@ia/land-delivery/domain';
import { ENGINES, readWithinParks, type Engines, type Principal } from '@ia/platform';

export class GetParcel extends Query<ParcelView | undefined> {
  constructor(readonly parcelId: string) {
    super();
  }
}

export class ListParcels extends Query<ParcelView[]> {
  constructor(
    readonly filter: {
      readonly parkId?: string | undefined;
      readonly status?: ParcelView['status'] | undefined;
      /** Whose list it is: only the parks they work for are read. */
      readonly principal: Principal;
    },
  ) {
    super();
  }
}

export class GetLandProject extends Query<LandProjectView | undefined> {
  constructor(readonly projectId: string) {
    super();
  }
}

@QueryHandler(GetParcel)
export class GetParcelHandler implements IQueryHandler<GetParcel> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}
  execute(query: GetParcel) {
    return this.engines.readModels.get<ParcelView>(PARCELS, query.parcelId);
  }
}

@QueryHandler(ListParcels)
export class ListParcelsHandler implements IQueryHandler<ListParcels> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}
  async execute({ filter }: ListParcels) {
    const parcels = await readWithinParks<ParcelView>(this.engines.readModels, filter.principal, PARCELS, { parkId: filter.parkId });
    return parcels
      .filter((parcel) => filter.status === undefined || parcel.status === filter.status)
      .sort((left, right) => left.code.localeCompare(right.code, 'zh-Hans-CN'));
  }
}

@QueryHandler(GetLandProject)
export class GetLandProjectHandler implements IQueryHandler<GetLandProject> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}
  execute(query: GetLandProject) {
    return this.engines.readModels.get<LandProjectView>(PROJECTS, query.projectId);
  }
}

export const QUERY_HANDLERS = [GetParcelHandler, ListParcelsHandler, GetLandProjectHandler];

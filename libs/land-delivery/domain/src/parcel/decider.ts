import { assertNever, type Aggregate, type Decider } from '@ia/kernel';
import { landErrors } from '../errors';
import type { ParcelCommand } from './commands';
import type { ParcelEvent } from './events';
import type { Indicators, ParcelFacts } from './parcel';
import { shortfallsOf } from './shortfalls';

export type ParcelState =
  | { readonly status: 'none' }
  | { readonly status: 'available'; readonly parcel: ParcelFacts }
  | { readonly status: 'allocated'; readonly parcel: ParcelFacts; readonly projectId: string; readonly allocatedOn: string }
  | { readonly status: 'delivered'; readonly parcel: ParcelFacts; readonly projectId: string; readonly allocatedOn: string };

const checkPlotRatio = (indicators: Indicators) => {
  if (indicators.plotRatio.minimum > indicators.plotRatio.maximum) throw landErrors.invalidPlotRatio();
};

const registered = (state: ParcelState) => {
  if (state.status === 'none') throw landErrors.parcelNotFound();
  return state;
};

export const parcelDecider: Decider<ParcelCommand, ParcelEvent, ParcelState> = {
  initialState: { status: 'none' },
  decide(command, state) {
    switch (command.type) {
      case 'RegisterParcel': {
        if (state.status !== 'none') throw landErrors.parcelExists();
        const { codeUsedBy, ...parcel } = command.data;
        if (codeUsedBy !== undefined) throw landErrors.parcelCodeTaken(parcel.code, codeUsedBy);
        checkPlotRatio(parcel.indicators);
        return [{ type: 'ParcelRegistered', data: parcel }];
      }
      case 'ReviseIndicators': {
        const current = registered(state);
        if (current.status !== 'available') throw landErrors.indicatorsFixed();
        checkPlotRatio(command.data.indicators);
        return [{ type: 'ParcelIndicatorsRevised', data: { parcelId: current.parcel.parcelId, indicators: command.data.indicators } }];
      }
      case 'UpdateReadiness': {
        const current = registered(state);
        return [{ type: 'ParcelReadinessUpdated', data: { parcelId: current.parcel.parcelId, readiness: command.data.readiness } }];
      }
      case 'AllocateParcel': {
        const current = registered(state);
        const { projectId, allocatedOn, agreement, override } = command.data;
        if (current.status !== 'available') throw landErrors.alreadyAllocated(current.projectId);
        if (agreement === undefined) throw landErrors.projectUnknown(projectId);
        // No override crosses parks: an administrator's reason answers for indicators, not for another park's land.
        if (agreement.parkId !== current.parcel.parkId) throw landErrors.parcelInOtherPark(current.parcel.parkId, agreement.parkId);
        const shortfalls = shortfallsOf(current.parcel, agreement);
        if (shortfalls.length > 0 && override === undefined) throw landErrors.commitmentsShort(shortfalls);
        if (shortfalls.length > 0 && override?.by.role !== 'admin') throw landErrors.overrideNotAllowed();
        const base = { parcelId: current.parcel.parcelId, projectId, agreementId: agreement.agreementId, allocatedOn, shortfalls };
        // An override is recorded only when it was needed, so the record never shows one that changed nothing.
        return [{ type: 'ParcelAllocated', data: shortfalls.length > 0 && override ? { ...base, override } : base }];
      }
      case 'DeliverLand': {
        const current = registered(state);
        if (current.status === 'available') throw landErrors.notAllocated();
        if (current.status === 'delivered') throw landErrors.alreadyDelivered();
        const { deliveredOn, confirmationNumber, titleCertificateOn } = command.data;
        if (deliveredOn < current.allocatedOn) throw landErrors.deliveredBeforeAllocation(current.allocatedOn);
        const { parcel, projectId } = current;
        const data = {
          parcelId: parcel.parcelId,
          parcelCode: parcel.code,
          projectId,
          deliveredOn,
          confirmationNumber,
          areaSquareMetres: parcel.areaSquareMetres,
        };
        return [{ type: 'LandDelivered', data: titleCertificateOn === undefined ? data : { ...data, titleCertificateOn } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'ParcelRegistered':
        return { status: 'available', parcel: event.data };
      case 'ParcelIndicatorsRevised':
        return state.status === 'none' ? state : { ...state, parcel: { ...state.parcel, indicators: event.data.indicators } };
      case 'ParcelReadinessUpdated':
        return state.status === 'none' ? state : { ...state, parcel: { ...state.parcel, readiness: event.data.readiness } };
      case 'ParcelAllocated':
        return state.status === 'none'
          ? state
          : { status: 'allocated', parcel: state.parcel, projectId: event.data.projectId, allocatedOn: event.data.allocatedOn };
      case 'LandDelivered':
        return state.status === 'allocated' ? { ...state, status: 'delivered' } : state;
      default:
        return assertNever(event);
    }
  },
};

/** The parcel's park: `undefined` when there is no such parcel, `null` when its record does not name one. */
export function parkOfParcel(state: ParcelState): string | null | undefined {
  if (state.status === 'none') return undefined;
  // Widened on purpose: a stored record without a park must refuse park-scoped callers, not slip through.
  const parkId: string | undefined = state.parcel.parkId;
  return parkId ?? null;
}

export const parcelStream = (parcelId: string) => `parcel-${parcelId}`;

export const parcelAggregate: Aggregate<ParcelCommand, ParcelEvent, ParcelState> = {
  decider: parcelDecider,
  correlate: (state) => (state.status === 'allocated' || state.status === 'delivered' ? { projectId: state.projectId } : {}),
};

import { assertNever, streamCategory, type Projection, type ReadModelStore, type RecordedEvent } from '@ia/kernel';
import { squareMetresToMu } from '@ia/reference';
import { certificateTiming, type CertificateTiming } from '../certificate-timing';
import type { LandProjectEvent } from '../land-project/events';
import type { ParcelEvent } from '../parcel/events';
import { READINESS_ITEMS, type Override, type ParcelFacts, type Readiness, type Shortfall } from '../parcel/parcel';

export const PARCELS = 'land-delivery.parcels';
export const CERTIFICATES = 'land-delivery.certificates';

export interface ParcelView extends ParcelFacts {
  readonly areaMu: number;
  readonly siteReady: boolean;
  readonly status: 'available' | 'allocated' | 'delivered';
  readonly allocation?: {
    readonly projectId: string;
    readonly agreementId: string;
    readonly allocatedOn: string;
    readonly shortfalls: readonly Shortfall[];
    readonly override?: Override;
  };
  readonly delivery?: CertificateTiming & {
    readonly deliveredOn: string;
    readonly confirmationNumber: string;
    readonly titleCertificateOn?: string;
  };
}

const siteReady = (readiness: Readiness) => READINESS_ITEMS.every((item) => readiness[item]);

const delivered = (
  view: ParcelView,
  deliveredOn: string,
  confirmationNumber: string,
  titleCertificateOn: string | undefined,
): ParcelView => ({
  ...view,
  status: 'delivered',
  delivery: {
    deliveredOn,
    confirmationNumber,
    ...(titleCertificateOn && { titleCertificateOn }),
    ...certificateTiming(deliveredOn, titleCertificateOn),
  },
});

async function applyParcelEvent(event: ParcelEvent, readModels: ReadModelStore): Promise<void> {
  if (event.type === 'ParcelRegistered') {
    const view: ParcelView = {
      ...event.data,
      areaMu: squareMetresToMu(event.data.areaSquareMetres),
      siteReady: siteReady(event.data.readiness),
      status: 'available',
    };
    await readModels.put(PARCELS, event.data.parcelId, view);
    return;
  }
  const view = await readModels.get<ParcelView>(PARCELS, event.data.parcelId);
  if (!view) return;
  switch (event.type) {
    case 'ParcelIndicatorsRevised':
      return readModels.put(PARCELS, view.parcelId, { ...view, indicators: event.data.indicators });
    case 'ParcelReadinessUpdated':
      return readModels.put(PARCELS, view.parcelId, {
        ...view,
        readiness: event.data.readiness,
        siteReady: siteReady(event.data.readiness),
      });
    case 'ParcelAllocated': {
      const { parcelId: _parcelId, ...allocation } = event.data;
      return readModels.put(PARCELS, view.parcelId, { ...view, status: 'allocated', allocation });
    }
    case 'LandDelivered': {
      // The certificate may have been recorded after the delivery command read it, or arrive later still.
      const known = await readModels.get<{ grantedOn: string }>(CERTIFICATES, event.data.projectId);
      const { deliveredOn, confirmationNumber, titleCertificateOn } = event.data;
      return readModels.put(
        PARCELS,
        view.parcelId,
        delivered(view, deliveredOn, confirmationNumber, titleCertificateOn ?? known?.grantedOn),
      );
    }
    default:
      return assertNever(event);
  }
}

async function applyCertificate(projectId: string, grantedOn: string, readModels: ReadModelStore): Promise<void> {
  await readModels.put(CERTIFICATES, projectId, { grantedOn });
  const parcels = await readModels.list<ParcelView>(PARCELS);
  for (const view of parcels) {
    if (view.allocation?.projectId !== projectId || !view.delivery || view.delivery.titleCertificateOn) continue;
    await readModels.put(PARCELS, view.parcelId, delivered(view, view.delivery.deliveredOn, view.delivery.confirmationNumber, grantedOn));
  }
}

export const parcelProjection: Projection = {
  name: 'land-delivery.parcels',
  collections: [PARCELS, CERTIFICATES],
  indexes: { [PARCELS]: ['parkId'] },
  categories: ['parcel', 'landproject'],
  async apply(recorded: RecordedEvent, readModels) {
    const category = streamCategory(recorded.streamName);
    if (category === 'parcel') return applyParcelEvent({ type: recorded.type, data: recorded.data } as ParcelEvent, readModels);
    if (category !== 'landproject') return;
    const event = { type: recorded.type, data: recorded.data } as LandProjectEvent;
    if (event.type === 'TitleCertificateRecorded') await applyCertificate(event.data.projectId, event.data.grantedOn, readModels);
  },
};

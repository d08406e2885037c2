import { LandDeliveredV1, TOPICS, definePublisher, type Outbound } from '@ia/contracts';
import { streamCategory, type RecordedEvent } from '@ia/kernel';
import type { ParcelEvent } from './parcel/events';

export const PUBLISHED_CATEGORIES = ['parcel'] as const;

/** Only the delivery leaves the context: allocation and the learned facts are its own business. */
export function toIntegrationEvent(recorded: RecordedEvent): Outbound | undefined {
  if (streamCategory(recorded.streamName) !== 'parcel' || recorded.type !== 'LandDelivered') return undefined;
  const { data } = { data: recorded.data } as Extract<ParcelEvent, { type: 'LandDelivered' }>;
  const outbound: LandDeliveredV1 = {
    projectId: data.projectId,
    parcelId: data.parcelId,
    parcelCode: data.parcelCode,
    deliveredOn: data.deliveredOn,
    confirmationNumber: data.confirmationNumber,
    areaSquareMetres: data.areaSquareMetres,
    ...(data.titleCertificateOn !== undefined && { titleCertificateOn: data.titleCertificateOn }),
  };
  return { definition: LandDeliveredV1, data: outbound, key: data.projectId };
}

export const landDeliveryPublisher = () => definePublisher('land-delivery', TOPICS.landDelivery, PUBLISHED_CATEGORIES, toIntegrationEvent);

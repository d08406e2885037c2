import { defineIntegrationEvent } from './integration-event';
import { date, number, object, optional, string, type Infer } from './schema';
import { TOPICS } from './topics';

/** Land was handed over (交地): construction opens the project's record with T0. */
export const LandDeliveredV1 = defineIntegrationEvent(
  'LandDelivered',
  1,
  TOPICS.landDelivery,
  object({
    projectId: string({ max: 64 }),
    parcelId: string({ max: 64 }),
    parcelCode: string({ max: 64 }),
    deliveredOn: date,
    confirmationNumber: string({ max: 128 }),
    areaSquareMetres: number({ min: 0 }),
    /** Set when the title certificate was granted by then: 地证同交 when it is the same day. */
    titleCertificateOn: optional(date),
  }),
);
export type LandDeliveredV1 = Infer<typeof LandDeliveredV1.schema>;

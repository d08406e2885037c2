import { LandDeliveredV1 } from '@ia/contracts';
import type { RecordedEvent } from '@ia/kernel';
import { toIntegrationEvent } from './publishing';

const event = (streamName: string, type: string, data: unknown) => ({ streamName, type, data }) as unknown as RecordedEvent;

describe('land delivery publishing', () => {
  it('publishes a delivery as LandDeliveredV1 keyed by the project', () => {
    const data = {
      parcelId: 'p-1',
      parcelCode: 'XX-2026-07',
      projectId: 'project-1',
      deliveredOn: '2026-03-02',
      confirmationNumber: '交〔2026〕7',
      areaSquareMetres: 33_333.33,
      titleCertificateOn: '2026-03-02',
    };
    const outbound = toIntegrationEvent(event('parcel-p-1', 'LandDelivered', data));
    expect(outbound).toEqual({ definition: LandDeliveredV1, key: 'project-1', data });
    expect(LandDeliveredV1.schema.parse(outbound?.data)).toEqual(data);
  });
  it('keeps allocations and learned facts inside the context', () => {
    expect(toIntegrationEvent(event('parcel-p-1', 'ParcelAllocated', {}))).toBeUndefined();
    expect(toIntegrationEvent(event('landproject-project-1', 'TitleCertificateRecorded', {}))).toBeUndefined();
  });
});

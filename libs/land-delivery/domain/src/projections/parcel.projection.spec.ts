import { createMemoryReadModelStore } from '@ia/adapters/memory';
import type { RecordedEvent } from '@ia/kernel';
import { parcelFacts } from '../test-fixtures';
import { PARCELS, parcelProjection, type ParcelView } from './parcel.projection';

let position = 0;
const recorded = (streamName: string, type: string, data: unknown) =>
  ({ streamName, type, data, position: ++position }) as unknown as RecordedEvent;
const registered = recorded('parcel-1', 'ParcelRegistered', parcelFacts);
const allocated = recorded('parcel-1', 'ParcelAllocated', {
  parcelId: 'parcel-1',
  projectId: 'project-1',
  agreementId: 'agreement-1',
  allocatedOn: '2026-02-01',
  shortfalls: [],
});
const delivered = recorded('parcel-1', 'LandDelivered', {
  parcelId: 'parcel-1',
  parcelCode: 'XX-2026-07',
  projectId: 'project-1',
  deliveredOn: '2026-03-02',
  confirmationNumber: '交〔2026〕7',
  areaSquareMetres: 100_000 / 3,
});
const certificate = (grantedOn: string) =>
  recorded('landproject-project-1', 'TitleCertificateRecorded', { projectId: 'project-1', grantedOn, source: 'approvals' });

async function project(events: readonly RecordedEvent[]) {
  const readModels = createMemoryReadModelStore();
  for (const event of events) await parcelProjection.apply(event, readModels);
  return (await readModels.get<ParcelView>(PARCELS, 'parcel-1')) as ParcelView;
}

describe('parcel read model', () => {
  it('shows the area in mu and whether every utility is ready', async () => {
    expect(await project([registered])).toMatchObject({ code: 'XX-2026-07', areaMu: 50, siteReady: false, status: 'available' });
  });
  it('marks land and certificate together when the certificate came the same day, in either order', async () => {
    const together = {
      deliveredOn: '2026-03-02',
      titleCertificateOn: '2026-03-02',
      landAndCertificateTogether: true,
      certificateDaysAfterDelivery: 0,
    };
    expect((await project([registered, allocated, delivered, certificate('2026-03-02')])).delivery).toEqual({
      ...together,
      confirmationNumber: '交〔2026〕7',
    });
    expect((await project([certificate('2026-03-02'), registered, allocated, delivered])).delivery).toEqual({
      ...together,
      confirmationNumber: '交〔2026〕7',
    });
  });
  it('counts the days the certificate lagged behind the land', async () => {
    expect((await project([registered, allocated, delivered, certificate('2026-03-09')])).delivery).toMatchObject({
      landAndCertificateTogether: false,
      certificateDaysAfterDelivery: 7,
    });
  });
  it('shows a delivered parcel still awaiting its certificate, and stays the same when an event comes twice', async () => {
    const view = await project([registered, allocated, delivered, delivered]);
    expect(view).toMatchObject({
      status: 'delivered',
      allocation: { projectId: 'project-1' },
      delivery: { landAndCertificateTogether: false },
    });
    expect(view.delivery).not.toHaveProperty('certificateDaysAfterDelivery');
  });
});

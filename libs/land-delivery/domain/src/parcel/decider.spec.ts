import { deciderSpec } from '@ia/testing';
import { meetingAgreement, parcelFacts } from '../test-fixtures';
import type { ParcelEvent } from './events';
import { parcelAggregate, parcelDecider, parkOfParcel } from './decider';

const spec = deciderSpec(parcelDecider);
const registered: ParcelEvent = { type: 'ParcelRegistered', data: parcelFacts };
const allocated: ParcelEvent = {
  type: 'ParcelAllocated',
  data: { parcelId: 'parcel-1', projectId: 'project-1', agreementId: 'agreement-1', allocatedOn: '2026-02-01', shortfalls: [] },
};
const admin = { id: 'wang', role: 'admin' } as const;
const shortAgreement = {
  ...meetingAgreement,
  commitments: { ...meetingAgreement.commitments, fixedAssetInvestment: 50_000_000, taxPerMu: 80_000 },
};

describe('parcel', () => {
  describe('registration', () => {
    it('registers a standard-land parcel with its indicators and readiness', () => {
      spec.given([]).when({ type: 'RegisterParcel', data: parcelFacts }).then([registered]);
    });
    it('refuses a second registration of the same parcel', () => {
      spec.given([registered]).when({ type: 'RegisterParcel', data: parcelFacts }).thenThrows('LAND.PARCEL_EXISTS');
    });
    it('refuses a code another parcel of the park uses', () => {
      const error = spec
        .given([])
        .when({ type: 'RegisterParcel', data: { ...parcelFacts, codeUsedBy: 'parcel-0' } })
        .thenThrows('LAND.PARCEL_CODE_TAKEN');
      expect(error.extensions).toEqual({ parcelId: 'parcel-0' });
    });
    it('refuses a plot ratio range whose minimum exceeds its maximum', () => {
      const indicators = { ...parcelFacts.indicators, plotRatio: { minimum: 3, maximum: 1 } };
      spec
        .given([])
        .when({ type: 'RegisterParcel', data: { ...parcelFacts, indicators } })
        .thenThrows('LAND.INVALID_PLOT_RATIO');
    });
  });

  describe('revisions', () => {
    const indicators = { ...parcelFacts.indicators, minimumTaxPerMu: 200_000 };
    it('revises the indicators of an available parcel', () => {
      spec
        .given([registered])
        .when({ type: 'ReviseIndicators', data: { indicators } })
        .then([{ type: 'ParcelIndicatorsRevised', data: { parcelId: 'parcel-1', indicators } }]);
    });
    it('keeps the indicators fixed once the parcel is allocated', () => {
      spec.given([registered, allocated]).when({ type: 'ReviseIndicators', data: { indicators } }).thenThrows('LAND.INDICATORS_FIXED');
    });
    it('updates the readiness at any time', () => {
      const readiness = { ...parcelFacts.readiness, heat: true };
      spec
        .given([registered, allocated])
        .when({ type: 'UpdateReadiness', data: { readiness } })
        .then([{ type: 'ParcelReadinessUpdated', data: { parcelId: 'parcel-1', readiness } }]);
    });
    it('refuses to revise a parcel that was never registered', () => {
      spec
        .given([])
        .when({ type: 'UpdateReadiness', data: { readiness: parcelFacts.readiness } })
        .thenThrows('LAND.PARCEL_NOT_FOUND');
    });
  });

  describe('allocation', () => {
    it('allocates to a project whose commitments meet every indicator', () => {
      spec
        .given([registered])
        .when({ type: 'AllocateParcel', data: { projectId: 'project-1', allocatedOn: '2026-02-01', agreement: meetingAgreement } })
        .then([allocated]);
    });
    it('refuses a project with no known signed agreement', () => {
      spec
        .given([registered])
        .when({ type: 'AllocateParcel', data: { projectId: 'project-9', allocatedOn: '2026-02-01' } })
        .thenThrows('LAND.PROJECT_NOT_SIGNED');
    });
    it('refuses with every shortfall listed', () => {
      const error = spec
        .given([registered])
        .when({ type: 'AllocateParcel', data: { projectId: 'project-1', allocatedOn: '2026-02-01', agreement: shortAgreement } })
        .thenThrows('LAND.COMMITMENTS_SHORT');
      expect(error.extensions['shortfalls']).toEqual([
        { indicator: 'investment_intensity', required: 2_000_000, committed: 1_000_000, unit: 'yuan_per_mu' },
        { indicator: 'tax_per_mu', required: 150_000, committed: 80_000, unit: 'yuan_per_mu' },
      ]);
    });
    it('accepts the shortfalls with an administrator’s override and records it', () => {
      const override = { reason: '市政府专题会议同意', by: admin };
      const [event] = spec
        .given([registered])
        .when({ type: 'AllocateParcel', data: { projectId: 'project-1', allocatedOn: '2026-02-01', agreement: shortAgreement, override } })
        .events();
      expect(event).toMatchObject({
        type: 'ParcelAllocated',
        data: { override, shortfalls: [{ indicator: 'investment_intensity' }, { indicator: 'tax_per_mu' }] },
      });
    });
    it('refuses an override by anyone but an administrator', () => {
      const override = { reason: '领导同意', by: { id: 'li', role: 'promoter' } as const };
      spec
        .given([registered])
        .when({ type: 'AllocateParcel', data: { projectId: 'project-1', allocatedOn: '2026-02-01', agreement: shortAgreement, override } })
        .thenThrows('LAND.OVERRIDE_NOT_ALLOWED');
    });
    it('does not record an override that was not needed', () => {
      const override = { reason: '无需', by: admin };
      spec
        .given([registered])
        .when({
          type: 'AllocateParcel',
          data: { projectId: 'project-1', allocatedOn: '2026-02-01', agreement: meetingAgreement, override },
        })
        .then([allocated]);
    });
    it('refuses a project signed for another park, even with an administrator’s override', () => {
      const elsewhere = { ...shortAgreement, parkId: 'park-shuangfeng' };
      const override = { reason: '管委会同意', by: admin };
      const error = spec
        .given([registered])
        .when({ type: 'AllocateParcel', data: { projectId: 'project-1', allocatedOn: '2026-02-01', agreement: elsewhere, override } })
        .thenThrows('LAND.PARCEL_IN_OTHER_PARK');
      expect(error.extensions).toEqual({ parcelParkId: 'park-xiangxiang', projectParkId: 'park-shuangfeng' });
    });
    it('refuses a parcel allocated already', () => {
      spec
        .given([registered, allocated])
        .when({ type: 'AllocateParcel', data: { projectId: 'project-2', allocatedOn: '2026-02-02', agreement: meetingAgreement } })
        .thenThrows('LAND.PARCEL_ALREADY_ALLOCATED');
    });
  });

  describe('delivery', () => {
    const delivery = { deliveredOn: '2026-03-02', confirmationNumber: '湘经开交〔2026〕007 号' };
    const delivered: ParcelEvent = {
      type: 'LandDelivered',
      data: {
        parcelId: 'parcel-1',
        parcelCode: 'XX-2026-07',
        projectId: 'project-1',
        ...delivery,
        areaSquareMetres: 100_000 / 3,
        titleCertificateOn: '2026-03-02',
      },
    };
    it('delivers allocated land with the certificate known by then', () => {
      spec
        .given([registered, allocated])
        .when({ type: 'DeliverLand', data: { ...delivery, titleCertificateOn: '2026-03-02' } })
        .then([delivered]);
    });
    it('delivers without a certificate, which then is still awaited', () => {
      const [event] = spec.given([registered, allocated]).when({ type: 'DeliverLand', data: delivery }).events();
      expect(event?.data).not.toHaveProperty('titleCertificateOn');
    });
    it('refuses land that was not allocated', () => {
      spec.given([registered]).when({ type: 'DeliverLand', data: delivery }).thenThrows('LAND.PARCEL_NOT_ALLOCATED');
    });
    it('refuses a delivery dated before the allocation', () => {
      spec
        .given([registered, allocated])
        .when({ type: 'DeliverLand', data: { ...delivery, deliveredOn: '2026-01-31' } })
        .thenThrows('LAND.DELIVERY_BEFORE_ALLOCATION');
    });
    it('refuses to deliver twice', () => {
      spec.given([registered, allocated, delivered]).when({ type: 'DeliverLand', data: delivery }).thenThrows('LAND.ALREADY_DELIVERED');
    });
    it('names the project in the metadata once allocated', () => {
      const state = spec.given([registered, allocated]).state();
      expect(parcelAggregate.correlate(state, delivered)).toEqual({ projectId: 'project-1' });
      expect(parcelAggregate.correlate(spec.given([registered]).state(), registered)).toEqual({});
    });
  });

  describe('park', () => {
    it('is the park the parcel was registered in', () => {
      expect(parkOfParcel(spec.given([registered, allocated]).state())).toBe('park-xiangxiang');
    });
    it('is no park at all for a parcel never registered', () => {
      expect(parkOfParcel(spec.given([]).state())).toBeUndefined();
    });
    it('is not known, never guessed, for a record that does not name one', () => {
      const { parkId: _parkId, ...unplaced } = parcelFacts;
      const legacy = { type: 'ParcelRegistered', data: unplaced } as unknown as ParcelEvent;
      expect(parkOfParcel(spec.given([legacy]).state())).toBeNull();
    });
  });
});

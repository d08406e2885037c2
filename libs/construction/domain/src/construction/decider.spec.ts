import { deciderSpec } from '@ia/testing';
import type { ConstructionEvent } from './events';
import { constructionDecider, parkOfRecord } from './decider';

const spec = deciderSpec(constructionDecider);
const projectId = 'project-1';
const delivery = {
  projectId,
  deliveredOn: '2026-03-02',
  parcelId: 'parcel-1',
  parcelCode: 'XX-2026-07',
  confirmationNumber: '交〔2026〕7',
};
const permitGranted = { projectId, grantedOn: '2026-03-04', licenceNumber: '430381202603040101' };
const agreementTerms = { projectId, parkId: 'park-xiangxiang', projectName: '医疗器械产业园', daysFromDeliveryToStart: 10 };
const land: ConstructionEvent = { type: 'LandDeliveryRecorded', data: delivery };
const permit: ConstructionEvent = { type: 'ConstructionPermitRecorded', data: permitGranted };
const terms: ConstructionEvent = { type: 'AgreementTermsRecorded', data: agreementTerms };
const cleared: ConstructionEvent = {
  type: 'StartOfWorkCleared',
  data: { projectId, clearedOn: '2026-03-04', landDeliveredOn: '2026-03-02', constructionPermitOn: '2026-03-04' },
};
const started: ConstructionEvent = {
  type: 'WorkStarted',
  data: {
    projectId,
    landDeliveredOn: '2026-03-02',
    constructionPermitOn: '2026-03-04',
    startedOn: '2026-03-05',
    daysFromDeliveryToPermit: 2,
    daysFromPermitToStart: 1,
    daysFromDeliveryToStart: 3,
  },
};
const reached = (
  milestone: 'foundation' | 'main_structure_topped_out' | 'main_structure_completed' | 'equipment_installed',
  reachedOn: string,
  daysFromStart: number,
): ConstructionEvent => ({
  type: 'MilestoneReached',
  data: { projectId, milestone, reachedOn, daysFromStart },
});
const allBeforeCompletion = [
  land,
  permit,
  cleared,
  started,
  reached('foundation', '2026-04-01', 27),
  reached('main_structure_topped_out', '2026-06-01', 88),
  reached('main_structure_completed', '2026-07-01', 118),
  reached('equipment_installed', '2026-09-01', 180),
];

describe('construction record', () => {
  describe('facts from other services, in any order', () => {
    it('opens the record with the delivery and clears the start once the permit is known', () => {
      spec.given([]).when({ type: 'RecordLandDelivery', data: delivery }).then([land]);
      spec.given([land]).when({ type: 'RecordConstructionPermit', data: permitGranted }).then([permit, cleared]);
    });
    it('keeps a permit that arrives before the land and clears the start when the land comes', () => {
      spec.given([permit]).when({ type: 'RecordLandDelivery', data: delivery }).then([land, cleared]);
    });
    it('knows the park only once the agreement terms arrive, whatever opened the record', () => {
      expect(parkOfRecord(spec.given([land, permit, cleared]).state())).toBeUndefined();
      expect(parkOfRecord(spec.given([land, terms]).state())).toBe('park-xiangxiang');
      expect(parkOfRecord(spec.given([terms, land]).state())).toBe('park-xiangxiang');
    });
    it('takes a redelivered fact as nothing new', () => {
      spec.given([land, permit, cleared]).when({ type: 'RecordLandDelivery', data: delivery }).then([]);
      spec.given([land, permit, cleared]).when({ type: 'RecordConstructionPermit', data: permitGranted }).then([]);
      spec.given([terms]).when({ type: 'RecordAgreementTerms', data: agreementTerms }).then([]);
    });
  });

  describe('start of work', () => {
    it('records T0, T1, T2 and the days between them', () => {
      spec
        .given([land, permit, cleared])
        .when({ type: 'StartWork', data: { projectId, startedOn: '2026-03-05' } })
        .then([started]);
    });
    it('flags a start later than the agreement allows', () => {
      const [event] = spec
        .given([terms, land, permit, cleared])
        .when({ type: 'StartWork', data: { projectId, startedOn: '2026-03-20' } })
        .events();
      expect(event?.data).toMatchObject({ startDeadline: '2026-03-12', daysLate: 8, daysFromDeliveryToStart: 18 });
    });
    it('refuses a start before the land is delivered', () => {
      spec
        .given([permit])
        .when({ type: 'StartWork', data: { projectId, startedOn: '2026-03-05' } })
        .thenThrows('CONSTRUCTION.LAND_NOT_DELIVERED');
    });
    it('refuses a start without the construction permit', () => {
      spec
        .given([land])
        .when({ type: 'StartWork', data: { projectId, startedOn: '2026-03-05' } })
        .thenThrows('CONSTRUCTION.PERMIT_NOT_GRANTED');
    });
    it('refuses a start dated before both were there', () => {
      spec
        .given([land, permit, cleared])
        .when({ type: 'StartWork', data: { projectId, startedOn: '2026-03-03' } })
        .thenThrows('CONSTRUCTION.START_BEFORE_CLEARANCE');
    });
    it('refuses a second start', () => {
      spec
        .given([land, permit, cleared, started])
        .when({ type: 'StartWork', data: { projectId, startedOn: '2026-03-06' } })
        .thenThrows('CONSTRUCTION.ALREADY_STARTED');
    });
  });

  describe('milestones', () => {
    it('records milestones in order with the days since the start', () => {
      spec
        .given([land, permit, cleared, started])
        .when({ type: 'RecordMilestone', data: { projectId, milestone: 'foundation', reachedOn: '2026-04-01' } })
        .then([reached('foundation', '2026-04-01', 27)]);
    });
    it('completes construction with the last milestone', () => {
      spec
        .given(allBeforeCompletion)
        .when({ type: 'RecordMilestone', data: { projectId, milestone: 'completion', reachedOn: '2026-11-30' } })
        .then([
          { type: 'MilestoneReached', data: { projectId, milestone: 'completion', reachedOn: '2026-11-30', daysFromStart: 270 } },
          { type: 'ConstructionCompleted', data: { projectId, startedOn: '2026-03-05', completedOn: '2026-11-30', daysFromStart: 270 } },
        ]);
    });
    it('refuses milestones before the start, out of order, twice or dated backwards', () => {
      spec
        .given([land, permit, cleared])
        .when({ type: 'RecordMilestone', data: { projectId, milestone: 'foundation', reachedOn: '2026-04-01' } })
        .thenThrows('CONSTRUCTION.WORK_NOT_STARTED');
      const error = spec
        .given([land, permit, cleared, started])
        .when({ type: 'RecordMilestone', data: { projectId, milestone: 'completion', reachedOn: '2026-04-01' } })
        .thenThrows('CONSTRUCTION.MILESTONE_OUT_OF_ORDER');
      expect(error.extensions).toEqual({ expected: 'foundation' });
      spec
        .given(allBeforeCompletion)
        .when({ type: 'RecordMilestone', data: { projectId, milestone: 'foundation', reachedOn: '2026-10-01' } })
        .thenThrows('CONSTRUCTION.MILESTONE_DUPLICATE');
      spec
        .given(allBeforeCompletion)
        .when({ type: 'RecordMilestone', data: { projectId, milestone: 'completion', reachedOn: '2026-08-31' } })
        .thenThrows('CONSTRUCTION.MILESTONE_DATE_OUT_OF_ORDER');
    });
  });

  describe('monthly investment', () => {
    it('reports the month against its plan once the record is open', () => {
      const data = { projectId, month: '2026-03', plannedYuan: 12_000_000, completedYuan: 10_500_000 };
      spec
        .given([land])
        .when({ type: 'ReportMonthlyInvestment', data })
        .then([{ type: 'MonthlyInvestmentReported', data }]);
      spec.given([]).when({ type: 'ReportMonthlyInvestment', data }).thenThrows('CONSTRUCTION.LAND_NOT_DELIVERED');
    });
  });
});

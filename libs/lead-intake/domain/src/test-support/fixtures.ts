import type { RecordedEvent } from '@ia/kernel';
import type { LeadRegistered } from '../lead/events';
import type { LeadProfile } from '../lead/values';
import type { ParkPolicySnapshot } from '../screening/rules';

export const LEAD_ID = '0195f0a4-7c1e-7a10-8b2c-3d4e5f607182';
export const PARK_ID = 'xiangxiang-edz';
/** Valid under GB 32100-2015: the check character was computed by @ia/reference's checker. */
export const USCC = '91430100MA4L12345A';

export const profile: LeadProfile = {
  companyName: '湖南星辰电气有限公司',
  uscc: USCC,
  industry: { section: 'C', division: '38' },
  source: 'promotion_event',
  sourceName: '湘港经贸合作周签约仪式',
  contactPerson: '李明',
  contactPhone: '13812345678',
  intendedInvestment: 300_000_000,
  landDemandMu: 100,
  expectedJobs: 400,
  expectedAnnualOutput: 500_000_000,
  expectedAnnualTax: 20_000_000,
  product: '智能配电设备',
};

export const registered: LeadRegistered = {
  type: 'LeadRegistered',
  data: { ...profile, leadId: LEAD_ID, parkId: PARK_ID, normalisedName: '湖南星辰电气', registeredAt: '2026-03-02T02:00:00.000Z' },
};

export const policy: ParkPolicySnapshot = {
  parkId: PARK_ID,
  version: 2,
  rules: {
    wantedIndustries: [
      { section: 'C', division: '38' },
      { section: 'C', division: '35' },
    ],
    excludedIndustries: [{ section: 'C', division: '25' }],
    minimumInvestmentIntensity: 250,
    minimumTaxPerMu: 15,
    minimumJobs: 100,
  },
};

export function recorded(type: string, data: unknown, overrides: Partial<RecordedEvent> = {}): RecordedEvent {
  return {
    eventId: `event-${overrides.revision ?? 0}-${type}`,
    type,
    schemaVersion: 1,
    data,
    streamName: `lead-${LEAD_ID}`,
    revision: 0,
    position: 1,
    recordedAt: '2026-03-02T02:00:01.000Z',
    metadata: {
      actor: { id: 'alice', role: 'promoter' },
      occurredAt: '2026-03-02T02:00:00.000Z',
      correlationId: 'request-1',
      causationId: 'request-1',
      leadId: LEAD_ID,
      previousHash: '',
      hash: '',
    },
    ...overrides,
  };
}

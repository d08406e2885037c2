import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { ContractSigningModule } from '../contract-signing.module';
import { FakeLeadIntakeModule } from './lead-intake.fake';

export const COMMITMENTS = {
  totalInvestment: 120_000_000,
  fixedAssetInvestment: 80_000_000,
  landAreaSquareMetres: 33_333.33,
  parcelCode: 'XX-2026-07',
  daysFromDeliveryToStart: 30,
  monthsToProduction: 18,
  jobs: 200,
  taxPerMu: 150_000,
};

export function draftBody(leadId: string, overrides: Record<string, unknown> = {}) {
  return {
    leadId,
    projectName: '年产5万台智能装备产业园项目',
    parties: { parkSignatory: '王主任', enterpriseSignatory: '李总' },
    commitments: COMMITMENTS,
    incentives: [
      { code: 'three-free-two-half', factoryAreaSquareMetres: 5_000 },
      { code: 'fixed-asset-reward' },
      { code: 'free-premises' },
    ],
    ...overrides,
  };
}

/** Today is 2026-03-02 in China (10:00 CST). */
export function startContractSigning(): Promise<TestApp> {
  return createTestApp([ContractSigningModule, FakeLeadIntakeModule], { clock: fixedClock('2026-03-02T02:00:00Z') });
}

export async function draft(test: TestApp, leadId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await test.http
    .post('/api/v1/agreements')
    .set(test.as('promoter', 'alice'))
    .send(draftBody(leadId, overrides))
    .expect(201);
  return response.body.id as string;
}

export function sign(test: TestApp, agreementId: string, signedOn = '2026-03-02') {
  return test.http.post(`/api/v1/agreements/${agreementId}/sign`).set(test.as('promoter', 'alice')).send({ signedOn });
}

import type { TestApp } from '@ia/testing';

export const PARK = 'xiangxiang-edz';

/** A complete, valid registration; tests change what they are about. */
export function leadBody(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    parkId: PARK,
    companyName: '湖南星辰电气有限公司',
    uscc: '91430100MA4L12345A',
    industrySection: 'C',
    industryDivision: '38',
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
    ...changes,
  };
}

export const POLICY_BODY = {
  wantedIndustries: ['C38', 'C35'],
  excludedIndustries: ['C25'],
  minimumInvestmentIntensity: 250,
  minimumTaxPerMu: 15,
  minimumJobs: 100,
};

export async function registerLead(test: TestApp, changes: Record<string, unknown> = {}, user = 'alice'): Promise<string> {
  const response = await test.http.post('/api/v1/leads').set(test.as('promoter', user)).send(leadBody(changes));
  if (response.status !== 201) throw new Error(`registration failed: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}

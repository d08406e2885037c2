import { policy } from '../test-support/fixtures';
import { evaluatePolicy, type ScreenedFigures } from './rules';

const lead: ScreenedFigures = {
  industry: { section: 'C', division: '38' },
  intendedInvestment: 300_000_000,
  landDemandMu: 100,
  expectedJobs: 400,
  expectedAnnualTax: 20_000_000,
};

describe('screening rules', () => {
  it('fails each rule the lead does not meet', () => {
    const weak = {
      industry: { section: 'C', division: '25' },
      intendedInvestment: 12_000_000,
      landDemandMu: 80,
      expectedJobs: 30,
      expectedAnnualTax: 960_000,
    };
    expect(evaluatePolicy(policy.rules, weak)).toEqual([
      { rule: 'wanted_industry', outcome: 'failed', actual: 'C25', required: 'C38,C35' },
      { rule: 'excluded_category', outcome: 'failed', actual: 'C25', required: 'not C25' },
      { rule: 'investment_intensity', outcome: 'failed', actual: 15, required: 250 },
      { rule: 'tax_per_mu', outcome: 'failed', actual: 1.2, required: 15 },
      { rule: 'minimum_jobs', outcome: 'failed', actual: 30, required: 100 },
    ]);
  });

  it('lets a wanted section without a division cover all of its divisions', () => {
    const [wanted] = evaluatePolicy({ ...policy.rules, wantedIndustries: [{ section: 'C' }] }, lead);
    expect(wanted).toEqual({ rule: 'wanted_industry', outcome: 'passed', actual: 'C38', required: 'C' });
  });

  it('does not apply rules that are not configured, nor per-mu rules to a lead without land', () => {
    const open = { wantedIndustries: [], excludedIndustries: [], minimumInvestmentIntensity: 0, minimumTaxPerMu: 0, minimumJobs: 0 };
    expect(evaluatePolicy(open, lead).map((result) => result.outcome)).toEqual(Array(5).fill('not_applicable'));
    const officeTenant = evaluatePolicy(policy.rules, { ...lead, landDemandMu: 0 });
    expect(officeTenant.map((result) => result.outcome)).toEqual(['passed', 'passed', 'not_applicable', 'not_applicable', 'passed']);
  });
});

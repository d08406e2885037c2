import { yuanPerMu } from '@ia/reference';
import { industryLabel, type IndustryCode } from '../lead/values';

/** A park's screening rules (主导产业, 投资强度, 亩均税收, 就业); thresholds of 0 are not applied. */
export interface ParkPolicyRules {
  readonly wantedIndustries: readonly IndustryCode[];
  readonly excludedIndustries: readonly IndustryCode[];
  /** 万元/亩 */
  readonly minimumInvestmentIntensity: number;
  /** 万元/亩 of annual tax */
  readonly minimumTaxPerMu: number;
  readonly minimumJobs: number;
}

/** The policy as it stood when a lead was screened, so the decision can be judged later against it. */
export interface ParkPolicySnapshot {
  readonly parkId: string;
  readonly version: number;
  readonly rules: ParkPolicyRules;
}

export const SCREENING_RULES = ['wanted_industry', 'excluded_category', 'investment_intensity', 'tax_per_mu', 'minimum_jobs'] as const;
export type ScreeningRule = (typeof SCREENING_RULES)[number];
export type RuleOutcome = 'passed' | 'failed' | 'not_applicable';

export interface RuleResult {
  readonly rule: ScreeningRule;
  readonly outcome: RuleOutcome;
  readonly actual?: string | number;
  readonly required?: string | number;
}

export interface ScreenedFigures {
  readonly industry: IndustryCode;
  readonly intendedInvestment: number;
  readonly landDemandMu: number;
  readonly expectedJobs: number;
  readonly expectedAnnualTax: number;
}

/** A listed section without a division covers every division of it. */
export function industryMatches(listed: IndustryCode, industry: IndustryCode): boolean {
  return listed.section === industry.section && (listed.division === undefined || listed.division === industry.division);
}

export function evaluatePolicy(rules: ParkPolicyRules, lead: ScreenedFigures): RuleResult[] {
  return SCREENING_RULES.map((rule) => evaluateRule(rule, rules, lead));
}

function evaluateRule(rule: ScreeningRule, rules: ParkPolicyRules, lead: ScreenedFigures): RuleResult {
  const actualIndustry = industryLabel(lead.industry);
  switch (rule) {
    case 'wanted_industry': {
      if (rules.wantedIndustries.length === 0) return { rule, outcome: 'not_applicable' };
      const required = rules.wantedIndustries.map(industryLabel).join(',');
      return {
        rule,
        outcome: passes(rules.wantedIndustries.some((listed) => industryMatches(listed, lead.industry))),
        actual: actualIndustry,
        required,
      };
    }
    case 'excluded_category': {
      if (rules.excludedIndustries.length === 0) return { rule, outcome: 'not_applicable' };
      const excluded = rules.excludedIndustries.map(industryLabel).join(',');
      return {
        rule,
        outcome: passes(!rules.excludedIndustries.some((listed) => industryMatches(listed, lead.industry))),
        actual: actualIndustry,
        required: `not ${excluded}`,
      };
    }
    case 'investment_intensity':
      return perMu(rule, lead.intendedInvestment, lead.landDemandMu, rules.minimumInvestmentIntensity);
    case 'tax_per_mu':
      return perMu(rule, lead.expectedAnnualTax, lead.landDemandMu, rules.minimumTaxPerMu);
    case 'minimum_jobs':
      if (rules.minimumJobs === 0) return { rule, outcome: 'not_applicable' };
      return { rule, outcome: passes(lead.expectedJobs >= rules.minimumJobs), actual: lead.expectedJobs, required: rules.minimumJobs };
  }
}

/** Per-mu figures need land: a lead that asks for none (an office tenant, say) is not judged by them. */
function perMu(rule: ScreeningRule, yuan: number, mu: number, minimum: number): RuleResult {
  if (minimum === 0 || mu <= 0) return { rule, outcome: 'not_applicable' };
  const actual = yuanPerMu(yuan, mu);
  return { rule, outcome: passes(actual >= minimum), actual, required: minimum };
}

function passes(condition: boolean): RuleOutcome {
  return condition ? 'passed' : 'failed';
}

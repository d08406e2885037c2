import type { LEAD_SOURCES } from '@ia/contracts';

export const LEAD_STATUSES = ['open', 'qualified', 'on_hold', 'rejected', 'dropped', 'signed'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export type LeadSource = (typeof LEAD_SOURCES)[number];

/** Sources whose name is part of the fact: which fair, which investor, which agency. */
export const NAMED_SOURCES: readonly LeadSource[] = ['promotion_event', 'investor_referral', 'commissioned_agency'];

export const FOLLOW_UP_CHANNELS = ['phone', 'visit', 'meeting', 'wechat', 'email', 'other'] as const;
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number];

export const SCREENING_DECISIONS = ['qualify', 'reject', 'hold'] as const;
export type ScreeningDecision = (typeof SCREENING_DECISIONS)[number];

/** GB/T 4754-2017: a section (门类) and, when known, a division (大类) of that section. */
export interface IndustryCode {
  readonly section: string;
  readonly division?: string;
}

/** What the enterprise told the park about itself and its project. Money is integer yuan. */
export interface LeadProfile {
  readonly companyName: string;
  readonly uscc?: string;
  readonly industry: IndustryCode;
  readonly source: LeadSource;
  readonly sourceName?: string;
  readonly contactPerson: string;
  readonly contactPhone: string;
  readonly intendedInvestment: number;
  readonly landDemandMu: number;
  readonly expectedJobs: number;
  readonly expectedAnnualOutput: number;
  readonly expectedAnnualTax: number;
  readonly product?: string;
  readonly notes?: string;
}

/** A lead holds its USCC and name against duplicates while it is open, on hold, qualified or signed. */
export function holdsItsKeys(status: LeadStatus): boolean {
  switch (status) {
    case 'open':
    case 'qualified':
    case 'on_hold':
    case 'signed':
      return true;
    case 'rejected':
    case 'dropped':
      return false;
  }
}

export function industryLabel(industry: IndustryCode): string {
  return `${industry.section}${industry.division ?? ''}`;
}

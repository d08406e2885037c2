import type { ParkPolicySnapshot, RuleResult } from '../screening/rules';
import type { FollowUpChannel, IndustryCode, LeadProfile, LeadSource, LeadStatus, ScreeningDecision } from './values';

export type LeadRegistered = {
  readonly type: 'LeadRegistered';
  readonly data: LeadProfile & {
    readonly leadId: string;
    readonly parkId: string;
    readonly normalisedName: string;
    readonly registeredAt: string;
  };
};
export type PromoterAssigned = {
  readonly type: 'PromoterAssigned';
  readonly data: { readonly promoterId: string; readonly previousPromoterId?: string };
};
export type FollowUpRecorded = { readonly type: 'FollowUpRecorded'; readonly data: RecordFollowUpData };
export type SiteVisitRecorded = {
  readonly type: 'SiteVisitRecorded';
  readonly data: { readonly visitId: string; readonly visitedOn: string; readonly visitors: readonly string[]; readonly summary: string };
};
export type LeadScreened = {
  readonly type: 'LeadScreened';
  readonly data: {
    readonly screeningId: string;
    readonly policy: Pick<ParkPolicySnapshot, 'parkId' | 'version'>;
    readonly results: readonly RuleResult[];
    readonly decision: ScreeningDecision;
    readonly reason: string;
    readonly screenedAt: string;
    readonly screenedOn: string;
  };
};
/** Carries what was qualified, so the published event needs nothing but this one stored event. */
export type LeadQualified = { readonly type: 'LeadQualified'; readonly data: QualifiedLead };
export type LeadRejected = { readonly type: 'LeadRejected'; readonly data: StatusChange };
export type LeadPutOnHold = { readonly type: 'LeadPutOnHold'; readonly data: StatusChange };
export type LeadDropped = { readonly type: 'LeadDropped'; readonly data: StatusChange };
export type LeadReopened = { readonly type: 'LeadReopened'; readonly data: StatusChange };
export type LeadSigned = {
  readonly type: 'LeadSigned';
  readonly data: { readonly projectId: string; readonly agreementId: string; readonly signedOn: string; readonly from: LeadStatus };
};

export interface RecordFollowUpData {
  readonly followUpId: string;
  readonly channel: FollowUpChannel;
  readonly summary: string;
  readonly nextStep?: string;
  readonly nextStepOn?: string;
  readonly followedUpAt: string;
}

/** `from` lets a reader tell, from this event alone, that a qualified lead was disqualified. */
export interface StatusChange {
  readonly from: LeadStatus;
  readonly reason: string;
}

export interface QualifiedLead {
  readonly leadId: string;
  readonly parkId: string;
  readonly companyName: string;
  readonly uscc?: string;
  readonly industry: IndustryCode;
  readonly source: LeadSource;
  readonly intendedInvestment: number;
  readonly landDemandMu: number;
  readonly expectedJobs: number;
  readonly expectedAnnualOutput: number;
  readonly expectedAnnualTax: number;
  readonly product?: string;
  readonly promoterId?: string;
  readonly qualifiedOn: string;
}

/** The contact's personal data can no longer be read: its key was destroyed; the history stays. */
export type PersonalDataErased = {
  readonly type: 'PersonalDataErased';
  readonly data: { readonly subject: string; readonly fields: readonly string[] };
};

export type LeadEvent =
  | PersonalDataErased
  | LeadRegistered
  | PromoterAssigned
  | FollowUpRecorded
  | SiteVisitRecorded
  | LeadScreened
  | LeadQualified
  | LeadRejected
  | LeadPutOnHold
  | LeadDropped
  | LeadReopened
  | LeadSigned;

export const LEAD_EVENT_TYPES: ReadonlySet<string> = new Set<LeadEvent['type']>([
  'LeadRegistered',
  'PromoterAssigned',
  'FollowUpRecorded',
  'SiteVisitRecorded',
  'LeadScreened',
  'LeadQualified',
  'LeadRejected',
  'LeadPutOnHold',
  'LeadDropped',
  'LeadReopened',
  'LeadSigned',
  'PersonalDataErased',
]);

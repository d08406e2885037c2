import type { ParkPolicySnapshot } from '../screening/rules';
import type { FollowUpChannel, LeadProfile, ScreeningDecision } from './values';

export type RegisterLead = {
  readonly type: 'RegisterLead';
  readonly data: {
    readonly leadId: string;
    readonly parkId: string;
    readonly profile: LeadProfile;
    readonly registeredAt: string;
    /** The promoter in charge from the start, when the person registering names one. */
    readonly promoterId?: string;
  };
};
export type AssignPromoter = { readonly type: 'AssignPromoter'; readonly data: { readonly promoterId: string } };
export type RecordFollowUp = {
  readonly type: 'RecordFollowUp';
  readonly data: {
    readonly followUpId: string;
    readonly channel: FollowUpChannel;
    readonly summary: string;
    readonly nextStep?: string;
    readonly nextStepOn?: string;
    readonly followedUpAt: string;
  };
};
export type RecordSiteVisit = {
  readonly type: 'RecordSiteVisit';
  readonly data: { readonly visitId: string; readonly visitedOn: string; readonly visitors: readonly string[]; readonly summary: string };
};
export type ScreenLead = {
  readonly type: 'ScreenLead';
  readonly data: {
    readonly screeningId: string;
    /** Absent when the park has not configured one: screening is then refused. */
    readonly policy?: ParkPolicySnapshot;
    readonly decision: ScreeningDecision;
    readonly reason: string;
    readonly screenedAt: string;
    readonly screenedOn: string;
  };
};
export type PutLeadOnHold = { readonly type: 'PutLeadOnHold'; readonly data: { readonly reason: string } };
export type DropLead = { readonly type: 'DropLead'; readonly data: { readonly reason: string } };
export type ReopenLead = { readonly type: 'ReopenLead'; readonly data: { readonly reason: string } };
export type MarkLeadSigned = {
  readonly type: 'MarkLeadSigned';
  readonly data: { readonly projectId: string; readonly agreementId: string; readonly signedOn: string };
};

/** An erasure request under the personal-information protection law: the contact's key is destroyed. */
export type ErasePersonalData = { readonly type: 'ErasePersonalData'; readonly data: { readonly subject: string } };

export type LeadCommand =
  | RegisterLead
  | AssignPromoter
  | RecordFollowUp
  | RecordSiteVisit
  | ScreenLead
  | PutLeadOnHold
  | DropLead
  | ReopenLead
  | MarkLeadSigned
  | ErasePersonalData;

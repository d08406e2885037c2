import type { Actor } from '@ia/kernel';
import type { RuleResult } from '../screening/rules';
import type { LeadEvent } from '../lead/events';
import type { IndustryCode, LeadProfile, LeadStatus, ScreeningDecision } from '../lead/values';

export const LEADS_COLLECTION = 'lead-intake.leads';
export const LEAD_KEYS_COLLECTION = 'lead-intake.lead-keys';
export const PARK_POLICIES_COLLECTION = 'lead-intake.park-policies';

export interface TimelineEntry {
  readonly revision: number;
  readonly type: LeadEvent['type'];
  readonly title: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: Actor;
  readonly reason?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface LeadView extends LeadProfile {
  readonly id: string;
  readonly parkId: string;
  readonly normalisedName: string;
  readonly industry: IndustryCode;
  readonly status: LeadStatus;
  readonly promoterId?: string;
  readonly registeredAt: string;
  readonly registeredOn: string;
  readonly firstRespondedOn?: string;
  readonly screenedOn?: string;
  readonly qualifiedOn?: string;
  readonly signedOn?: string;
  readonly projectId?: string;
  /** Stages ever reached, for the funnel: a lead dropped after qualifying still counts as qualified. */
  readonly reached: { readonly followedUp: boolean; readonly screened: boolean; readonly qualified: boolean; readonly signed: boolean };
  readonly followUps: number;
  readonly siteVisits: number;
  readonly lastScreening?: {
    readonly decision: ScreeningDecision;
    readonly reason: string;
    readonly results: readonly RuleResult[];
    readonly policyVersion: number;
  };
  readonly timeline: readonly TimelineEntry[];
  readonly personalDataErased?: boolean;
  /** Revision of the last event applied: a redelivered event at or below it is skipped. */
  readonly revision: number;
}

export interface LeadKeyView {
  readonly leadId: string;
}

export function leadKeysOf(lead: { readonly uscc?: string; readonly normalisedName: string }): string[] {
  return [...(lead.uscc !== undefined ? [`uscc:${lead.uscc}`] : []), `name:${lead.normalisedName}`];
}

import type { Actor, ReadModelStore } from '@ia/kernel';
import type { RuleResult } from '../screening/rules';
import type { LeadEvent } from '../lead/events';
import type { IndustryCode, LeadProfile, LeadStatus, ScreeningDecision } from '../lead/values';

export const LEADS_COLLECTION = 'lead-intake.leads';
export const LEAD_KEYS_COLLECTION = 'lead-intake.lead-keys';
export const PARK_POLICIES_COLLECTION = 'lead-intake.park-policies';
/** One document per event of a lead, so that an event adds a line instead of rewriting the whole history. */
export const LEAD_TIMELINE_COLLECTION = 'lead-intake.timeline';

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

export interface TimelineRecord extends TimelineEntry {
  readonly leadId: string;
}

/** Ids that sort in revision order and make a redelivered event overwrite its own line. */
export function timelineRecordId(leadId: string, revision: number): string {
  return `${leadId}:${String(revision).padStart(8, '0')}`;
}

/** A lead's history in the order it was recorded, read through the timeline's lead index. */
export async function leadTimeline(readModels: ReadModelStore, leadId: string): Promise<TimelineEntry[]> {
  const records = await readModels.listBy<TimelineRecord>(LEAD_TIMELINE_COLLECTION, 'leadId', [leadId]);
  return records.sort((left, right) => left.revision - right.revision).map(({ leadId: _leadId, ...entry }) => entry);
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

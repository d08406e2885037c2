import { LEAD_SOURCES } from '@ia/contracts';
import type { LeadSource } from './lead/values';
import type { LeadView } from './projections/lead-view';

export const FUNNEL_STAGES = ['registered', 'followed_up', 'screened', 'qualified', 'signed'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface StageFigures {
  readonly stage: FunnelStage;
  readonly count: number;
  /** Integer yuan: the sum of the intended investment of the leads that reached the stage. */
  readonly intendedInvestment: number;
}

export interface Funnel {
  readonly from: string;
  readonly to: string;
  readonly stages: readonly StageFigures[];
  readonly bySource: ReadonlyArray<{ readonly source: LeadSource; readonly stages: readonly StageFigures[] }>;
}

export type FunnelLead = Pick<LeadView, 'registeredOn' | 'source' | 'intendedInvestment' | 'reached'>;

/** The leads registered in the period (dates included), by the furthest stage each ever reached. */
export function funnelOf(leads: readonly FunnelLead[], from: string, to: string): Funnel {
  const inPeriod = leads.filter((lead) => lead.registeredOn >= from && lead.registeredOn <= to);
  return {
    from,
    to,
    stages: stagesOf(inPeriod),
    bySource: LEAD_SOURCES.map((source) => ({ source, stages: stagesOf(inPeriod.filter((lead) => lead.source === source)) })),
  };
}

function stagesOf(leads: readonly FunnelLead[]): StageFigures[] {
  return FUNNEL_STAGES.map((stage) => {
    const reached = leads.filter((lead) => reachedStage(lead, stage));
    return { stage, count: reached.length, intendedInvestment: reached.reduce((sum, lead) => sum + lead.intendedInvestment, 0) };
  });
}

function reachedStage(lead: FunnelLead, stage: FunnelStage): boolean {
  switch (stage) {
    case 'registered':
      return true;
    case 'followed_up':
      return lead.reached.followedUp;
    case 'screened':
      return lead.reached.screened;
    case 'qualified':
      return lead.reached.qualified;
    case 'signed':
      return lead.reached.signed;
  }
}

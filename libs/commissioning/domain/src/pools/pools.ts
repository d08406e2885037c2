import { assertNever } from '@ia/kernel';
import { yearOf, type Yuan } from '@ia/reference';
import { parkOfCommissioning, type CommissioningState, type Stage } from '../commissioning/state';
import { nearThreshold, scaleStatus, type AboveScalePolicy, type ScaleStatus } from '../figures/above-scale';
import { trailingRevenue } from '../figures/trailing';

/** Cultivation pools (培育库): continuing (续建), new (新建), about to be commissioned (拟投产), above-scale (规上培育). */
export const POOLS = ['continuing', 'new', 'about_to_commission', 'above_scale'] as const;
export type Pool = (typeof POOLS)[number];

export interface PoolEntry {
  readonly projectId: string;
  readonly parkId: string | null;
  readonly projectName?: string;
  readonly enterpriseName?: string;
  readonly stage: Stage;
  readonly trailingRevenue: Yuan;
  readonly scale: ScaleStatus;
}

export interface CultivationPools {
  readonly year: number;
  readonly threshold: Yuan;
  readonly nearThreshold: Yuan;
  readonly pools: Readonly<Record<Pool, readonly PoolEntry[]>>;
  /** Early warnings: about to enter (准规上), reached and awaiting entry, at risk of dropping out (易退库). */
  readonly warnings: {
    readonly near: readonly PoolEntry[];
    readonly candidates: readonly PoolEntry[];
    readonly atRisk: readonly PoolEntry[];
  };
}

/** The pool a project belongs to in a year, from its stage alone; a project signed after that year is in none. */
export function poolOf(state: CommissioningState, year: number): Pool | undefined {
  switch (state.stage) {
    case 'none':
      return undefined;
    case 'under_construction': {
      const signedYear = state.project ? yearOf(state.project.signedOn) : undefined;
      if (signedYear !== undefined && signedYear > year) return undefined;
      return signedYear === year ? 'new' : 'continuing';
    }
    case 'construction_completed':
    case 'equipment_debugging':
    case 'trial_production':
    case 'partial_production':
      return 'about_to_commission';
    case 'full_production':
    case 'full_capacity':
      return 'above_scale';
    default:
      return assertNever(state.stage);
  }
}

export function cultivationPools(records: readonly CommissioningState[], year: number, policy: AboveScalePolicy): CultivationPools {
  const pools: Record<Pool, PoolEntry[]> = { continuing: [], new: [], about_to_commission: [], above_scale: [] };
  const entries: PoolEntry[] = [];
  const ordered = [...records].sort((a, b) => (a.projectId ?? '').localeCompare(b.projectId ?? ''));
  for (const state of ordered) {
    const pool = poolOf(state, year);
    if (pool === undefined || state.projectId === undefined) continue;
    const entry = entryOf(state, state.projectId, policy);
    pools[pool].push(entry);
    entries.push(entry);
  }
  const having = (scale: ScaleStatus) => entries.filter((entry) => entry.scale === scale);
  return {
    year,
    threshold: policy.threshold,
    nearThreshold: nearThreshold(policy),
    pools,
    warnings: { near: having('near'), candidates: having('candidate'), atRisk: having('at_risk') },
  };
}

function entryOf(state: CommissioningState, projectId: string, policy: AboveScalePolicy): PoolEntry {
  const revenue = trailingRevenue(state.reports);
  return {
    projectId,
    parkId: parkOfCommissioning(state) ?? null,
    ...(state.project && { projectName: state.project.projectName, enterpriseName: state.project.enterpriseName }),
    stage: state.stage,
    trailingRevenue: revenue,
    scale: scaleStatus(revenue, state.statistics !== undefined, policy),
  };
}

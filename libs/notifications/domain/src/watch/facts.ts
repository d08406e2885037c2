/**
 * What reminders know of the things they watch, learned from other contexts' integration events: one watch
 * per lead, approval item, problem and project. Each fact is a plain record of one published event.
 */
export type LeadFact =
  | { readonly type: 'LeadRegistered'; readonly parkId: string; readonly companyName: string; readonly registeredOn: string }
  | { readonly type: 'LeadPromoterAssigned'; readonly promoterId: string }
  | { readonly type: 'LeadFollowedUp'; readonly on: string }
  | { readonly type: 'LeadScreened'; readonly on: string }
  | { readonly type: 'LeadStatusChanged'; readonly status: string };

export type ApprovalFact =
  | {
      readonly type: 'ItemOpened';
      readonly projectId: string;
      readonly parkId?: string;
      readonly itemName: string;
      readonly timeLimitDays: number;
      readonly openedOn: string;
      readonly dueOn?: string;
    }
  | { readonly type: 'AgentAssigned'; readonly agentId: string }
  | {
      readonly type: 'ItemAccepted';
      readonly on: string;
      readonly promised: ReadonlyArray<{ readonly materialCode: string; readonly promisedOn: string }>;
    }
  | { readonly type: 'MaterialSupplied'; readonly materialCode: string; readonly on: string }
  | { readonly type: 'ClockStopped'; readonly on: string }
  | { readonly type: 'ClockResumed'; readonly on: string }
  | { readonly type: 'ItemClosed'; readonly on: string };

export type ProblemFact =
  | {
      readonly type: 'ProblemRaised';
      readonly projectId: string;
      readonly parkId: string;
      readonly projectName: string;
      readonly category: string;
      readonly raisedOn: string;
    }
  | { readonly type: 'ProblemAssigned'; readonly responsibleUnit: string; readonly dueOn: string }
  | { readonly type: 'ProblemResolved'; readonly on: string };

export type ProjectFact =
  | {
      readonly type: 'ProjectSigned';
      readonly parkId: string;
      readonly projectName: string;
      readonly daysFromDeliveryToStart: number;
      readonly monthsToProduction: number;
    }
  | { readonly type: 'LandDelivered'; readonly on: string }
  | { readonly type: 'WorkStarted'; readonly on: string }
  | { readonly type: 'ProductionStarted'; readonly on: string; readonly full: boolean }
  | { readonly type: 'LeaderAssigned'; readonly leaderId: string; readonly on: string }
  | { readonly type: 'LeaderVisited'; readonly on: string }
  | { readonly type: 'ProjectEnded'; readonly on: string };

export type Fact = LeadFact | ApprovalFact | ProblemFact | ProjectFact;

export const WATCH_KINDS = ['lead', 'approval', 'problem', 'project'] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];

export const WATCH_CATEGORY = 'watch';
/** `watch-lead.<leadId>`: one stream per watched thing, its kind in the name. */
export const watchStream = (kind: WatchKind, id: string) => `${WATCH_CATEGORY}-${kind}.${id}`;

export interface LeadWatch {
  readonly parkId?: string;
  readonly companyName?: string;
  readonly registeredOn?: string;
  readonly promoterId?: string;
  readonly firstRespondedOn?: string;
  readonly screenedOn?: string;
  readonly status: string;
}

export interface ApprovalWatch {
  readonly projectId?: string;
  readonly parkId?: string;
  readonly itemName?: string;
  readonly timeLimitDays?: number;
  readonly openedOn?: string;
  readonly fixedDueOn?: string;
  readonly agentId?: string;
  readonly acceptedOn?: string;
  /** Spans the clock stood still; the last is open while the item is suspended. */
  readonly stops: ReadonlyArray<{ readonly from: string; readonly to?: string }>;
  readonly promised: Readonly<Record<string, { readonly promisedOn: string; readonly suppliedOn?: string }>>;
  readonly closedOn?: string;
}

export interface ProblemWatch {
  readonly projectId?: string;
  readonly parkId?: string;
  readonly projectName?: string;
  readonly category?: string;
  readonly responsibleUnit?: string;
  readonly dueOn?: string;
  readonly resolvedOn?: string;
}

export interface ProjectWatch {
  readonly parkId?: string;
  readonly projectName?: string;
  readonly daysFromDeliveryToStart?: number;
  readonly monthsToProduction?: number;
  readonly deliveredOn?: string;
  readonly startedOn?: string;
  readonly productionOn?: string;
  readonly fullProductionOn?: string;
  readonly leaderId?: string;
  readonly leaderSince?: string;
  readonly lastVisitOn?: string;
  readonly endedOn?: string;
}

export type Watched =
  | { readonly kind: 'lead'; readonly facts: LeadWatch }
  | { readonly kind: 'approval'; readonly facts: ApprovalWatch }
  | { readonly kind: 'problem'; readonly facts: ProblemWatch }
  | { readonly kind: 'project'; readonly facts: ProjectWatch };

/** The stages of a project's life, in the order it passes them; a terminated project stops wherever it was. */
export const PROJECT_STAGES = [
  'lead',
  'signed',
  'approvals',
  'land_delivered',
  'under_construction',
  'completed',
  'trial_production',
  'production',
  'above_scale',
  'terminated',
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export interface CommittedFigures {
  readonly totalInvestment: number;
  readonly fixedAssetInvestment: number;
  readonly landAreaSquareMetres: number;
  readonly parcelCode?: string;
  readonly daysFromDeliveryToStart: number;
  readonly monthsToProduction: number;
  readonly jobs: number;
  /** Annual tax per mu at full production, yuan. */
  readonly taxPerMu: number;
}

export interface LeadSnapshot {
  readonly leadId: string;
  readonly companyName?: string;
  readonly source?: string;
  readonly registeredAt?: string;
  readonly qualifiedOn?: string;
}

export interface ProjectSnapshot {
  readonly agreementId?: string;
  readonly parkId?: string;
  readonly projectName?: string;
  readonly enterpriseName?: string;
  readonly uscc?: string;
  readonly industry?: string;
  readonly signedOn?: string;
}

export interface DeferredMaterial {
  readonly materialCode: string;
  readonly promisedOn: string;
  readonly suppliedOn?: string;
}

export interface ItemSuspension {
  readonly suspendedOn: string;
  readonly resumedOn?: string;
}

export type ApprovalStatus = 'opened' | 'taken_in' | 'accepted' | 'submitted' | 'granted' | 'rejected' | 'returned' | 'waived' | 'revoked';

export interface ApprovalSnapshot {
  readonly itemId: string;
  readonly code: string;
  readonly name: string;
  readonly stage: string;
  readonly status: ApprovalStatus;
  /** Working days from acceptance; 0 is the same day. */
  readonly limitDays: number;
  readonly openedOn: string;
  /** A deadline fixed at opening (registration on signing). */
  readonly dueOn?: string;
  readonly agentId?: string;
  readonly acceptedOn?: string;
  readonly acceptance?: 'complete' | 'tolerated_deficiency' | 'commitment';
  readonly submittedOn?: string;
  readonly grantedOn?: string;
  readonly licenceNumber?: string;
  readonly closedOn?: string;
  readonly deficiencies: readonly DeferredMaterial[];
  readonly suspensions: readonly ItemSuspension[];
}

export interface LandSnapshot {
  readonly parcelId?: string;
  readonly parcelCode?: string;
  readonly areaSquareMetres?: number;
  readonly allocatedOn?: string;
  readonly deliveredOn?: string;
  readonly confirmationNumber?: string;
  readonly certificate?: { readonly grantedOn: string; readonly number?: string };
}

export interface ConstructionSnapshot {
  /** T0, T1 and T2 of the start of work. */
  readonly landDeliveredOn?: string;
  readonly constructionPermitOn?: string;
  readonly startedOn?: string;
  readonly milestones: ReadonlyArray<{ readonly milestone: string; readonly reachedOn: string }>;
  readonly completedOn?: string;
  readonly investment: ReadonlyArray<{ readonly month: string; readonly plannedYuan: number; readonly completedYuan: number }>;
  readonly leaderId?: string;
  readonly openProblems: number;
  readonly resolvedProblems: number;
}

export type ProductionPhase =
  'none' | 'equipment_debugging' | 'trial_production' | 'partial_production' | 'full_production' | 'full_capacity';

export interface MonthFigures {
  readonly month: string;
  readonly output: number;
  readonly mainBusinessRevenue: number;
  readonly tax: number;
  readonly jobs: number;
  readonly investmentCompleted: number;
}

export interface ProductionSnapshot {
  readonly stage: ProductionPhase;
  readonly equipmentDebuggingOn?: string;
  readonly trialProductionOn?: string;
  readonly partialProductionOn?: string;
  readonly fullProductionOn?: string;
  readonly fullCapacityOn?: string;
  /** Oldest month first; a corrected month replaces its first report. */
  readonly reports: readonly MonthFigures[];
  /** Main-business revenue of the twelve months up to the latest report; absent before any report. */
  readonly trailingRevenue?: number;
  readonly aboveScale?: { readonly enteredOn: string; readonly trailingRevenue: number; readonly threshold: number };
}

/** What a project looked like, folded from every service's facts about it. */
export interface ProjectState {
  readonly projectId: string;
  readonly stage: ProjectStage;
  readonly lead?: LeadSnapshot;
  readonly project?: ProjectSnapshot;
  readonly commitments?: CommittedFigures;
  readonly approvals: readonly ApprovalSnapshot[];
  readonly land: LandSnapshot;
  readonly construction: ConstructionSnapshot;
  readonly production: ProductionSnapshot;
  readonly terminated?: { readonly terminatedOn: string; readonly reason: string };
}

export function initialProjectState(projectId: string): ProjectState {
  return {
    projectId,
    stage: 'lead',
    approvals: [],
    land: {},
    construction: { milestones: [], investment: [], openProblems: 0, resolvedProblems: 0 },
    production: { stage: 'none', reports: [] },
  };
}

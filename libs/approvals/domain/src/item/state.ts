import type { CatalogItem } from '../catalog/catalog';

export const FINAL_STATUSES = ['granted', 'rejected', 'returned', 'waived', 'revoked'] as const;
export type FinalStatus = (typeof FINAL_STATUSES)[number];
export type ItemStatus = 'opened' | 'taken_in' | 'accepted' | 'submitted' | FinalStatus;

export const ACCEPTANCE_MODES = ['complete', 'tolerated_deficiency', 'commitment'] as const;
export type AcceptanceMode = (typeof ACCEPTANCE_MODES)[number];

export const COMMITMENT_CONSEQUENCES = ['revocation', 'order_to_fix'] as const;
export type CommitmentConsequence = (typeof COMMITMENT_CONSEQUENCES)[number];

export type ItemOrigin = 'signing' | 'added';

/** A secondary material accepted as missing (容缺), with the date the enterprise promised it. */
export interface Deficiency {
  readonly materialCode: string;
  readonly promisedOn: string;
  readonly suppliedOn?: string;
}

export interface Commitment {
  readonly promise: string;
  readonly checkOn: string;
  readonly outcome?: 'kept' | 'broken';
  readonly checkedOn?: string;
  readonly finding?: string;
  readonly consequence?: CommitmentConsequence;
}

/** A missed promise stops the clock until the missed materials arrive, at the latest on `supplyBy`. */
export interface Suspension {
  readonly suspendedOn: string;
  readonly missedMaterials: readonly string[];
  readonly supplyBy: string;
  readonly supplyByProvisional: boolean;
  readonly resumedOn?: string;
}

export interface Intake {
  readonly receivedOn: string;
  readonly formReference: string;
  /** Sealed (pii:v1:…): opened, masked or shown as erased only when presented. */
  readonly applicantName: string;
  readonly applicantIdNumber: string;
  readonly materialCodes: readonly string[];
}

export interface Grant {
  readonly grantedOn: string;
  readonly licenceNumber: string;
  readonly projectCode?: string;
}

export interface ApprovalItem {
  readonly status: ItemStatus;
  readonly itemId: string;
  readonly projectId: string;
  /** The park the project belongs to; absent when approvals never learnt it, and then never guessed. */
  readonly parkId?: string;
  /** The catalog entry as it was when the item opened: later catalog edits do not change a running item. */
  readonly item: CatalogItem;
  readonly origin: ItemOrigin;
  readonly packageCode?: string;
  readonly openedOn: string;
  /** A deadline fixed at opening (registration on signing), instead of the time limit from acceptance. */
  readonly dueOn?: string;
  readonly assignee?: string;
  readonly intake?: Intake;
  readonly applicantDataErased?: boolean;
  readonly acceptedOn?: string;
  readonly acceptance?: AcceptanceMode;
  readonly deficiencies: readonly Deficiency[];
  readonly commitment?: Commitment;
  readonly suspensions: readonly Suspension[];
  readonly submittedOn?: string;
  readonly authority?: string;
  readonly corrections: ReadonlyArray<{ readonly returnedOn: string; readonly reason: string }>;
  readonly grant?: Grant;
  readonly closedOn?: string;
  readonly closingReason?: string;
  /** The latest business date on the item: no step may be dated before it. */
  readonly latestOn: string;
}

export type ApprovalItemState = { readonly status: 'none' } | ApprovalItem;

export function isFinal(status: ItemStatus): status is FinalStatus {
  return (FINAL_STATUSES as readonly string[]).includes(status);
}

export function openSuspension(item: ApprovalItem): Suspension | undefined {
  const last = item.suspensions.at(-1);
  return last !== undefined && last.resumedOn === undefined && !isFinal(item.status) ? last : undefined;
}

export function outstandingDeficiencies(item: ApprovalItem): readonly Deficiency[] {
  return item.deficiencies.filter((deficiency) => deficiency.suppliedOn === undefined);
}

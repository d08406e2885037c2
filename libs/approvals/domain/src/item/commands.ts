import type { CatalogItem } from '../catalog/catalog';
import type { CommitmentConsequence, ItemOrigin } from './state';

type Command<Type extends string, Data> = { readonly type: Type; readonly data: Data };

export interface PromisedMaterial {
  readonly materialCode: string;
  readonly promisedOn: string;
}

export type ApprovalItemCommand =
  | Command<
      'OpenItem',
      {
        readonly itemId: string;
        readonly projectId: string;
        /** The project's park as approvals learnt it on signing; absent only when it was never known. */
        readonly parkId?: string;
        readonly item: CatalogItem;
        readonly origin: ItemOrigin;
        readonly openedOn: string;
        readonly dueOn?: string;
        readonly packageCode?: string;
      }
    >
  | Command<'AssignAgent', { readonly agentId: string }>
  | Command<
      'TakeInMaterials',
      {
        readonly receivedOn: string;
        readonly formReference: string;
        /** Sealed under the applicant's key by the edge: the domain never holds them in clear. */
        readonly applicantName: string;
        readonly applicantIdNumber: string;
        readonly materialCodes: readonly string[];
      }
    >
  | Command<'EraseApplicantData', Readonly<Record<string, never>>>
  | Command<'AcceptComplete', { readonly acceptedOn: string }>
  | Command<'AcceptWithDeficiencies', { readonly acceptedOn: string; readonly deficiencies: readonly PromisedMaterial[] }>
  /** `commitmentRouteLost` comes from the project's read model: a broken commitment on the project closes the route. */
  | Command<
      'AcceptUnderCommitment',
      { readonly acceptedOn: string; readonly promise: string; readonly checkOn: string; readonly commitmentRouteLost: boolean }
    >
  | Command<'Submit', { readonly submittedOn: string; readonly authority: string }>
  /** `unmetPrerequisites` comes from the project's read model at the edge. */
  | Command<
      'Grant',
      {
        readonly grantedOn: string;
        readonly licenceNumber: string;
        readonly projectCode?: string;
        readonly unmetPrerequisites: readonly string[];
      }
    >
  | Command<'Reject', { readonly rejectedOn: string; readonly reason: string }>
  | Command<'ReturnForCorrection', { readonly returnedOn: string; readonly reason: string }>
  | Command<'SupplyDeferredMaterial', { readonly materialCode: string; readonly suppliedOn: string }>
  | Command<'SuspendForMissedPromise', { readonly suspendedOn: string }>
  | Command<'ReturnFile', { readonly returnedOn: string }>
  | Command<
      'CheckCommitment',
      { readonly checkedOn: string; readonly kept: boolean; readonly finding: string; readonly consequence?: CommitmentConsequence }
    >
  | Command<'WaiveItem', { readonly waivedOn: string; readonly reason: string }>;

export type ApprovalItemCommandOf<Type extends ApprovalItemCommand['type']> = Extract<ApprovalItemCommand, { type: Type }>;

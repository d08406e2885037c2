import type { ApprovalStage } from '@ia/contracts';
import type { CatalogItem } from '../catalog/catalog';
import type { PromisedMaterial } from './commands';
import type { CommitmentConsequence, ItemOrigin } from './state';

type Event<Type extends string, Data> = { readonly type: Type; readonly data: Data };

export type ApprovalItemEvent =
  | Event<
      'ItemOpened',
      {
        readonly itemId: string;
        readonly projectId: string;
        /** Absent from items opened before approvals recorded parks: their park is not known. */
        readonly parkId?: string;
        readonly item: CatalogItem;
        readonly origin: ItemOrigin;
        readonly openedOn: string;
        readonly dueOn?: string;
        readonly packageCode?: string;
      }
    >
  | Event<'AgentAssigned', { readonly agentId: string; readonly previousAgentId?: string }>
  | Event<
      'MaterialsTakenIn',
      {
        readonly receivedOn: string;
        readonly formReference: string;
        readonly applicantName: string;
        readonly applicantIdNumber: string;
        readonly materialCodes: readonly string[];
      }
    >
  | Event<'ItemAccepted', { readonly acceptedOn: string }>
  | Event<'ItemAcceptedWithDeficiencies', { readonly acceptedOn: string; readonly deficiencies: readonly PromisedMaterial[] }>
  | Event<'ItemAcceptedUnderCommitment', { readonly acceptedOn: string; readonly promise: string; readonly checkOn: string }>
  | Event<'ItemSubmitted', { readonly submittedOn: string; readonly authority: string }>
  /** Carries the project, code and stage so that publishing maps this one event alone. */
  | Event<
      'ItemGranted',
      {
        readonly itemId: string;
        readonly projectId: string;
        readonly itemCode: string;
        readonly stage: ApprovalStage;
        readonly grantedOn: string;
        readonly licenceNumber: string;
        readonly projectCode?: string;
      }
    >
  | Event<'ItemRejected', { readonly rejectedOn: string; readonly reason: string }>
  | Event<'ItemReturnedForCorrection', { readonly returnedOn: string; readonly reason: string }>
  | Event<
      'DeferredMaterialSupplied',
      { readonly materialCode: string; readonly promisedOn: string; readonly suppliedOn: string; readonly late: boolean }
    >
  | Event<
      'ItemSuspended',
      {
        readonly suspendedOn: string;
        readonly missedPromises: readonly PromisedMaterial[];
        readonly supplyBy: string;
        readonly supplyByProvisional: boolean;
      }
    >
  | Event<'ItemResumed', { readonly resumedOn: string; readonly suspendedOn: string }>
  | Event<'FileReturned', { readonly returnedOn: string; readonly supplyBy: string }>
  | Event<'CommitmentKept', { readonly checkedOn: string; readonly finding: string }>
  /** A false promise: a credit record, the commitment route lost, and revocation or an order to fix. */
  | Event<'CommitmentBroken', { readonly checkedOn: string; readonly finding: string; readonly consequence: CommitmentConsequence }>
  | Event<'ItemWaived', { readonly waivedOn: string; readonly reason: string }>
  /** The applicant's key is destroyed after this fact: the sealed fields read as erased, the history stays. */
  | Event<'ApplicantDataErased', { readonly subject: string; readonly fields: readonly string[] }>;

export type ApprovalItemEventType = ApprovalItemEvent['type'];

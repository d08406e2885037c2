import { APPROVAL_STAGES } from './approvals';
import { defineIntegrationEvent } from './integration-event';
import { array, date, integer, object, oneOf, optional, string, type Infer } from './schema';
import { TOPICS } from './topics';

/*
 * How an approval item moves against its time limit, for reminders outside approvals: when it opened and
 * with which limit, who handles it, when its clock started (acceptance, with any materials promised under
 * 容缺), when it stopped and resumed, and how it closed (a grant is ApprovalItemGranted).
 */

const item = { projectId: string({ max: 64 }), itemId: string({ max: 64 }) };

export const ApprovalItemOpenedV1 = defineIntegrationEvent(
  'ApprovalItemOpened',
  1,
  TOPICS.approvals,
  object({
    ...item,
    /** Absent for items opened before approvals recorded parks. */
    parkId: optional(string({ max: 64 })),
    itemCode: string({ max: 64 }),
    itemName: string({ max: 200 }),
    stage: oneOf(APPROVAL_STAGES),
    /** Working days from acceptance; 0 means the same day. */
    timeLimitDays: integer({ min: 0, max: 400 }),
    openedOn: date,
    /** A deadline fixed when the item opened (registration on the signing day), counted from `openedOn`. */
    dueOn: optional(date),
  }),
);
export type ApprovalItemOpenedV1 = Infer<typeof ApprovalItemOpenedV1.schema>;

export const ApprovalItemAgentAssignedV1 = defineIntegrationEvent(
  'ApprovalItemAgentAssigned',
  1,
  TOPICS.approvals,
  object({ ...item, agentId: string({ max: 64 }) }),
);
export type ApprovalItemAgentAssignedV1 = Infer<typeof ApprovalItemAgentAssignedV1.schema>;

/** Accepted (受理): the item's clock starts; materials accepted as missing (容缺) carry the date they were promised for. */
export const ApprovalItemAcceptedV1 = defineIntegrationEvent(
  'ApprovalItemAccepted',
  1,
  TOPICS.approvals,
  object({
    ...item,
    acceptedOn: date,
    promisedMaterials: array(object({ materialCode: string({ max: 64 }), promisedOn: date }), { max: 50 }),
  }),
);
export type ApprovalItemAcceptedV1 = Infer<typeof ApprovalItemAcceptedV1.schema>;

export const ApprovalMaterialSuppliedV1 = defineIntegrationEvent(
  'ApprovalMaterialSupplied',
  1,
  TOPICS.approvals,
  object({ ...item, materialCode: string({ max: 64 }), suppliedOn: date }),
);
export type ApprovalMaterialSuppliedV1 = Infer<typeof ApprovalMaterialSuppliedV1.schema>;

/** The clock stopped (a missed promise suspends the item) or ran again: the deadline moves by the days it stood. */
export const ApprovalItemClockChangedV1 = defineIntegrationEvent(
  'ApprovalItemClockChanged',
  1,
  TOPICS.approvals,
  object({ ...item, clock: oneOf(['stopped', 'resumed'] as const), changedOn: date }),
);
export type ApprovalItemClockChangedV1 = Infer<typeof ApprovalItemClockChangedV1.schema>;

export const ApprovalItemClosedV1 = defineIntegrationEvent(
  'ApprovalItemClosed',
  1,
  TOPICS.approvals,
  object({ ...item, outcome: oneOf(['rejected', 'waived', 'file_returned'] as const), closedOn: date }),
);
export type ApprovalItemClosedV1 = Infer<typeof ApprovalItemClosedV1.schema>;

import { amount, entries, nested, text, type Data } from './fields';
import type { ApprovalSnapshot, ApprovalStatus } from './project-state';

type Change = (item: ApprovalSnapshot, data: Data) => ApprovalSnapshot;

const closed =
  (status: ApprovalStatus, dateKey: string): Change =>
  (item, data) => {
    const on = text(data, dateKey);
    return { ...item, status, ...(on !== undefined && { closedOn: on }) };
  };

const accepted =
  (acceptance: NonNullable<ApprovalSnapshot['acceptance']>): Change =>
  (item, data) => {
    const acceptedOn = text(data, 'acceptedOn');
    const deficiencies = entries(data, 'deficiencies').flatMap((entry) => {
      const materialCode = text(entry, 'materialCode');
      const promisedOn = text(entry, 'promisedOn');
      return materialCode !== undefined && promisedOn !== undefined ? [{ materialCode, promisedOn }] : [];
    });
    return { ...item, status: 'accepted', acceptance, ...(acceptedOn !== undefined && { acceptedOn }), deficiencies };
  };

/** How each fact of an approval item changes what the auditor sees of it; the item's own stream orders them. */
const CHANGES: Readonly<Record<string, Change>> = {
  AgentAssigned: (item, data) => {
    const agentId = text(data, 'agentId');
    return agentId === undefined ? item : { ...item, agentId };
  },
  MaterialsTakenIn: (item) => ({ ...item, status: 'taken_in' }),
  ItemAccepted: accepted('complete'),
  ItemAcceptedWithDeficiencies: accepted('tolerated_deficiency'),
  ItemAcceptedUnderCommitment: accepted('commitment'),
  ItemSubmitted: (item, data) => {
    const submittedOn = text(data, 'submittedOn');
    return { ...item, status: 'submitted', ...(submittedOn !== undefined && { submittedOn }) };
  },
  ItemGranted: (item, data) => {
    const grantedOn = text(data, 'grantedOn');
    const licenceNumber = text(data, 'licenceNumber');
    return {
      ...item,
      status: 'granted',
      ...(grantedOn !== undefined && { grantedOn, closedOn: grantedOn }),
      ...(licenceNumber !== undefined && { licenceNumber }),
    };
  },
  ItemReturnedForCorrection: (item) => ({ ...item, status: 'accepted' }),
  ItemRejected: closed('rejected', 'rejectedOn'),
  FileReturned: closed('returned', 'returnedOn'),
  ItemWaived: closed('waived', 'waivedOn'),
  CommitmentBroken: (item, data) => (text(data, 'consequence') === 'revocation' ? closed('revoked', 'checkedOn')(item, data) : item),
  DeferredMaterialSupplied: (item, data) => {
    const materialCode = text(data, 'materialCode');
    const suppliedOn = text(data, 'suppliedOn');
    if (suppliedOn === undefined) return item;
    const deficiencies = item.deficiencies.map((deficiency) =>
      deficiency.materialCode === materialCode ? { ...deficiency, suppliedOn } : deficiency,
    );
    return { ...item, deficiencies };
  },
  ItemSuspended: (item, data) => {
    const suspendedOn = text(data, 'suspendedOn');
    return suspendedOn === undefined ? item : { ...item, suspensions: [...item.suspensions, { suspendedOn }] };
  },
  ItemResumed: (item, data) => {
    const resumedOn = text(data, 'resumedOn');
    if (resumedOn === undefined) return item;
    const last = item.suspensions.length - 1;
    return {
      ...item,
      suspensions: item.suspensions.map((suspension, index) => (index === last ? { ...suspension, resumedOn } : suspension)),
    };
  },
};

export function isApprovalFact(type: string): boolean {
  return type === 'ItemOpened' || type in CHANGES;
}

export function openedItem(data: Data): ApprovalSnapshot | undefined {
  const catalogItem = nested(data, 'item');
  const itemId = text(data, 'itemId');
  const code = text(catalogItem, 'code');
  const openedOn = text(data, 'openedOn');
  if (itemId === undefined || code === undefined || openedOn === undefined) return undefined;
  const dueOn = text(data, 'dueOn');
  return {
    itemId,
    code,
    name: text(catalogItem, 'name') ?? code,
    stage: text(catalogItem, 'stage') ?? 'unknown',
    status: 'opened',
    limitDays: amount(catalogItem, 'timeLimitDays') ?? 0,
    openedOn,
    ...(dueOn !== undefined && { dueOn }),
    deficiencies: [],
    suspensions: [],
  };
}

/** Items are keyed by their stream, since only the opening event names the item. */
export function foldApproval(
  items: ReadonlyMap<string, ApprovalSnapshot>,
  streamName: string,
  type: string,
  data: Data,
): Map<string, ApprovalSnapshot> {
  const next = new Map(items);
  if (type === 'ItemOpened') {
    const opened = openedItem(data);
    if (opened !== undefined && !next.has(streamName)) next.set(streamName, opened);
    return next;
  }
  const item = next.get(streamName);
  const change = CHANGES[type];
  if (item !== undefined && change !== undefined) next.set(streamName, change(item, data));
  return next;
}

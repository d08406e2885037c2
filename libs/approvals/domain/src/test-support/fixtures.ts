import { seedCalendarData } from '@ia/reference';
import { deciderSpec } from '@ia/testing';
import { effectiveCalendar } from '../calendar/effective-calendar';
import type { CatalogItem } from '../catalog/catalog';
import { DEFAULT_CATALOG } from '../catalog/default-catalog';
import type { ApprovalItemCommand, PromisedMaterial } from '../item/commands';
import { approvalItemDecider } from '../item/decider';
import type { ApprovalItemEvent } from '../item/events';

export const calendar = effectiveCalendar(seedCalendarData(), []).calendar;
export const spec = deciderSpec(approvalItemDecider(calendar));

export const ITEM_ID = '01950000-0000-7000-8000-000000000001';
export const PROJECT_ID = '01950000-0000-7000-8000-0000000000aa';
export const PARK_ID = 'xiangxiang-edz';
export const AGENT = 'agent-wang';
/** What the edge hands the domain: the applicant already sealed under the intake's own key. */
export const SEALED_NAME = 'pii:v1:applicant-01950000-0000-7000-8000-000000000001:aXY:dGFn:bmFtZQ';
export const SEALED_ID_NUMBER = 'pii:v1:applicant-01950000-0000-7000-8000-000000000001:aXY:dGFn:aWQ';

const catalogItem = (code: string): CatalogItem => {
  const item = DEFAULT_CATALOG.items[code];
  if (item === undefined) throw new Error(`The default catalog lacks ${code}`);
  return item;
};

/** 投资项目备案: core form, licence and summary; the investment agreement is secondary; commitment and 容缺 apply. */
export const FILING = catalogItem('project_filing');
export const ENERGY_REVIEW = catalogItem('energy_review');
export const LAND_PRE_EXAMINATION = catalogItem('land_pre_examination');
export const BUSINESS_REGISTRATION = catalogItem('business_registration');
export const FILING_CORE = ['application_form', 'business_licence', 'project_summary'];
export const FILING_ALL = [...FILING_CORE, 'investment_agreement'];

export const opened = (item: CatalogItem = FILING, openedOn = '2026-03-02', dueOn?: string): ApprovalItemEvent => ({
  type: 'ItemOpened',
  data: {
    itemId: ITEM_ID,
    projectId: PROJECT_ID,
    parkId: PARK_ID,
    item,
    origin: 'signing',
    openedOn,
    packageCode: 'standard_industrial',
    ...(dueOn !== undefined && { dueOn }),
  },
});
export const assigned: ApprovalItemEvent = { type: 'AgentAssigned', data: { agentId: AGENT } };
export const takenIn = (materialCodes: readonly string[] = FILING_ALL, receivedOn = '2026-03-02'): ApprovalItemEvent => ({
  type: 'MaterialsTakenIn',
  data: { receivedOn, formReference: '申请表 2026-0301', applicantName: SEALED_NAME, applicantIdNumber: SEALED_ID_NUMBER, materialCodes },
});
export const accepted = (acceptedOn = '2026-03-02'): ApprovalItemEvent => ({ type: 'ItemAccepted', data: { acceptedOn } });
export const acceptedWithDeficiency = (promisedOn = '2026-03-06', acceptedOn = '2026-03-02'): ApprovalItemEvent => ({
  type: 'ItemAcceptedWithDeficiencies',
  data: { acceptedOn, deficiencies: [{ materialCode: 'investment_agreement', promisedOn }] satisfies PromisedMaterial[] },
});
export const acceptedUnderCommitment: ApprovalItemEvent = {
  type: 'ItemAcceptedUnderCommitment',
  data: { acceptedOn: '2026-03-02', promise: '承诺项目符合产业政策，开工前补齐环评批复', checkOn: '2026-04-01' },
};
export const submitted = (submittedOn = '2026-03-02'): ApprovalItemEvent => ({
  type: 'ItemSubmitted',
  data: { submittedOn, authority: '市发展和改革委员会' },
});
export const suspended = (suspendedOn = '2026-03-09', supplyBy = '2026-03-27'): ApprovalItemEvent => ({
  type: 'ItemSuspended',
  data: {
    suspendedOn,
    missedPromises: [{ materialCode: 'investment_agreement', promisedOn: '2026-03-06' }],
    supplyBy,
    supplyByProvisional: false,
  },
});

/** Taken in completely and accepted on 2026-03-02. */
export const acceptedFiling: readonly ApprovalItemEvent[] = [opened(), assigned, takenIn(), accepted()];
/** Taken in without the investment agreement, promised for Friday 2026-03-06. */
export const deferredFiling: readonly ApprovalItemEvent[] = [opened(), assigned, takenIn(FILING_CORE), acceptedWithDeficiency()];

export const openCommand: ApprovalItemCommand = {
  type: 'OpenItem',
  data: {
    itemId: ITEM_ID,
    projectId: PROJECT_ID,
    parkId: PARK_ID,
    item: FILING,
    origin: 'signing',
    openedOn: '2026-03-02',
    packageCode: 'standard_industrial',
  },
};

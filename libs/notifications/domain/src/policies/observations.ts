import type {
  AgreementTerminatedV1,
  ApprovalItemAcceptedV1,
  ApprovalItemAgentAssignedV1,
  ApprovalItemClockChangedV1,
  ApprovalItemClosedV1,
  ApprovalItemGrantedV1,
  ApprovalItemOpenedV1,
  ApprovalMaterialSuppliedV1,
  LandDeliveredV1,
  LeadDisqualifiedV1,
  LeadFollowedUpV1,
  LeadPromoterAssignedV1,
  LeadQualifiedV1,
  LeadRegisteredV1,
  LeadScreenedV1,
  LeadershipAssignedV1,
  LeadStatusChangedV1,
  LeaderSiteVisitedV1,
  ProblemAssignedV1,
  ProblemRaisedV1,
  ProblemResolvedV1,
  ProductionStartedV1,
  ProjectSignedV1,
  WorkStartedV1,
  WorkingCalendarPublishedV1,
} from '@ia/contracts';
import type { CalendarCommand } from '../calendar/calendar';
import { watchStream, type Fact } from '../watch/facts';

/** A fact to note on the watch of one lead, item, problem or project. */
export interface Observation {
  readonly stream: string;
  readonly fact: Fact;
}

const lead = (id: string, fact: Fact): Observation => ({ stream: watchStream('lead', id), fact });
const item = (id: string, fact: Fact): Observation => ({ stream: watchStream('approval', id), fact });
const problem = (id: string, fact: Fact): Observation => ({ stream: watchStream('problem', id), fact });
const project = (id: string, fact: Fact): Observation => ({ stream: watchStream('project', id), fact });

/** What each published event tells reminders: pure, one integration event to one fact. */
export const observe = {
  leadRegistered: (d: LeadRegisteredV1) =>
    lead(d.leadId, { type: 'LeadRegistered', parkId: d.parkId, companyName: d.companyName, registeredOn: d.registeredOn }),
  leadPromoterAssigned: (d: LeadPromoterAssignedV1) => lead(d.leadId, { type: 'LeadPromoterAssigned', promoterId: d.promoterId }),
  leadFollowedUp: (d: LeadFollowedUpV1) => lead(d.leadId, { type: 'LeadFollowedUp', on: d.followedUpOn }),
  leadScreened: (d: LeadScreenedV1) => lead(d.leadId, { type: 'LeadScreened', on: d.screenedOn }),
  leadStatusChanged: (d: LeadStatusChangedV1) => lead(d.leadId, { type: 'LeadStatusChanged', status: d.to }),
  leadQualified: (d: LeadQualifiedV1) => lead(d.leadId, { type: 'LeadStatusChanged', status: 'qualified' }),
  leadDisqualified: (d: LeadDisqualifiedV1) => lead(d.leadId, { type: 'LeadStatusChanged', status: d.status }),

  itemOpened: (d: ApprovalItemOpenedV1) =>
    item(d.itemId, {
      type: 'ItemOpened',
      projectId: d.projectId,
      ...(d.parkId !== undefined && { parkId: d.parkId }),
      itemName: d.itemName,
      timeLimitDays: d.timeLimitDays,
      openedOn: d.openedOn,
      ...(d.dueOn !== undefined && { dueOn: d.dueOn }),
    }),
  itemAgentAssigned: (d: ApprovalItemAgentAssignedV1) => item(d.itemId, { type: 'AgentAssigned', agentId: d.agentId }),
  itemAccepted: (d: ApprovalItemAcceptedV1) => item(d.itemId, { type: 'ItemAccepted', on: d.acceptedOn, promised: d.promisedMaterials }),
  materialSupplied: (d: ApprovalMaterialSuppliedV1) =>
    item(d.itemId, { type: 'MaterialSupplied', materialCode: d.materialCode, on: d.suppliedOn }),
  itemClockChanged: (d: ApprovalItemClockChangedV1) =>
    item(d.itemId, { type: d.clock === 'stopped' ? 'ClockStopped' : 'ClockResumed', on: d.changedOn }),
  itemClosed: (d: ApprovalItemClosedV1) => item(d.itemId, { type: 'ItemClosed', on: d.closedOn }),
  itemGranted: (d: ApprovalItemGrantedV1) => item(d.itemId, { type: 'ItemClosed', on: d.grantedOn }),

  problemRaised: (d: ProblemRaisedV1) =>
    problem(d.problemId, {
      type: 'ProblemRaised',
      projectId: d.projectId,
      parkId: d.parkId,
      projectName: d.projectName,
      category: d.category,
      raisedOn: d.raisedOn,
    }),
  problemAssigned: (d: ProblemAssignedV1) =>
    problem(d.problemId, { type: 'ProblemAssigned', responsibleUnit: d.responsibleUnit, dueOn: d.dueOn }),
  problemResolved: (d: ProblemResolvedV1) => problem(d.problemId, { type: 'ProblemResolved', on: d.resolvedOn }),

  projectSigned: (d: ProjectSignedV1) =>
    project(d.projectId, {
      type: 'ProjectSigned',
      parkId: d.parkId,
      projectName: d.projectName,
      daysFromDeliveryToStart: d.commitments.daysFromDeliveryToStart,
      monthsToProduction: d.commitments.monthsToProduction,
    }),
  agreementTerminated: (d: AgreementTerminatedV1) => project(d.projectId, { type: 'ProjectEnded', on: d.terminatedOn }),
  landDelivered: (d: LandDeliveredV1) => project(d.projectId, { type: 'LandDelivered', on: d.deliveredOn }),
  workStarted: (d: WorkStartedV1) => project(d.projectId, { type: 'WorkStarted', on: d.startedOn }),
  productionStarted: (d: ProductionStartedV1) =>
    project(d.projectId, { type: 'ProductionStarted', on: d.startedOn, full: d.phase === 'full' }),
  leadershipAssigned: (d: LeadershipAssignedV1) => project(d.projectId, { type: 'LeaderAssigned', leaderId: d.leaderId, on: d.assignedOn }),
  leaderVisited: (d: LeaderSiteVisitedV1) => project(d.projectId, { type: 'LeaderVisited', on: d.visitedOn }),
};

export function onCalendarPublished(published: WorkingCalendarPublishedV1): CalendarCommand {
  const { year, revision, holidays, adjustedWorkdays } = published;
  return { type: 'AdoptCalendarYear', data: { year, revision, holidays, adjustedWorkdays } };
}

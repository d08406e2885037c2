import {
  AgreementTerminatedV1,
  ApprovalItemAcceptedV1,
  ApprovalItemAgentAssignedV1,
  ApprovalItemClockChangedV1,
  ApprovalItemClosedV1,
  ApprovalItemGrantedV1,
  ApprovalItemOpenedV1,
  ApprovalMaterialSuppliedV1,
  defineConsumer,
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
  on,
  ProblemAssignedV1,
  ProblemRaisedV1,
  ProblemResolvedV1,
  ProductionStartedV1,
  ProjectSignedV1,
  WorkingCalendarPublishedV1,
  WorkStartedV1,
  type IntegrationEventDefinition,
} from '@ia/contracts';
import type { IntegrationMessage } from '@ia/kernel';
import { observe, onCalendarPublished, type Observation } from '@ia/notifications/domain';
import { reactionContext } from '@ia/platform';
import type { NotificationWriter } from './writer';

export const FACTS_CONSUMER = 'notifications.facts';

/**
 * Everything reminders know comes in here, from the published events of the other contexts: each becomes a
 * fact on its watch. The reaction's idempotency key makes a redelivered message change nothing.
 */
export function factsConsumer(writer: NotificationWriter) {
  const note = <Data>(definition: IntegrationEventDefinition<string, Data>, observation: (data: Data) => Observation) =>
    on(definition, async (data, message: IntegrationMessage) => {
      const { stream, fact } = observation(data);
      await writer.onWatch(stream, { type: 'NoteFact', data: { fact } }, reactionContext(FACTS_CONSUMER, message));
    });
  return defineConsumer(FACTS_CONSUMER, [
    note(LeadRegisteredV1, observe.leadRegistered),
    note(LeadPromoterAssignedV1, observe.leadPromoterAssigned),
    note(LeadFollowedUpV1, observe.leadFollowedUp),
    note(LeadScreenedV1, observe.leadScreened),
    note(LeadStatusChangedV1, observe.leadStatusChanged),
    note(LeadQualifiedV1, observe.leadQualified),
    note(LeadDisqualifiedV1, observe.leadDisqualified),
    note(ApprovalItemOpenedV1, observe.itemOpened),
    note(ApprovalItemAgentAssignedV1, observe.itemAgentAssigned),
    note(ApprovalItemAcceptedV1, observe.itemAccepted),
    note(ApprovalMaterialSuppliedV1, observe.materialSupplied),
    note(ApprovalItemClockChangedV1, observe.itemClockChanged),
    note(ApprovalItemClosedV1, observe.itemClosed),
    note(ApprovalItemGrantedV1, observe.itemGranted),
    note(ProblemRaisedV1, observe.problemRaised),
    note(ProblemAssignedV1, observe.problemAssigned),
    note(ProblemResolvedV1, observe.problemResolved),
    note(ProjectSignedV1, observe.projectSigned),
    note(AgreementTerminatedV1, observe.agreementTerminated),
    note(LandDeliveredV1, observe.landDelivered),
    note(WorkStartedV1, observe.workStarted),
    note(ProductionStartedV1, observe.productionStarted),
    note(LeadershipAssignedV1, observe.leadershipAssigned),
    note(LeaderSiteVisitedV1, observe.leaderVisited),
    on(WorkingCalendarPublishedV1, async (data, message) => {
      await writer.onCalendar(data.year, onCalendarPublished(data), reactionContext(FACTS_CONSUMER, message));
    }),
  ]);
}

import { approvalsBeforeLand, leadToQualified, signAndRegister, type Project } from './lifecycle-early';
import { buildToCompletion, landAndStart, produceToAboveScale } from './lifecycle-late';
import type { LifecycleDriver as SuiteDriver } from './suite-driver';

/** The first half of a project's life: from the fair to the approvals that precede the land. */
export async function firstHalf(suite: SuiteDriver): Promise<Project> {
  const leadId = await leadToQualified(suite);
  const project = await signAndRegister(suite, leadId);
  await approvalsBeforeLand(suite, project);
  return project;
}

/** The second half: land, start of work, construction, production and above-scale entry. */
export async function secondHalf(suite: SuiteDriver, project: Project): Promise<void> {
  await landAndStart(suite, project);
  await buildToCompletion(suite, project);
  await produceToAboveScale(suite, project);
}

/** The key facts of the life, in the order they happened. */
export const KEY_FACTS = [
  'LeadRegistered',
  'FollowUpRecorded',
  'SiteVisitRecorded',
  'LeadQualified',
  'AgreementDrafted',
  'AgreementSigned',
  'ItemOpened',
  'ItemGranted',
  'ItemAcceptedWithDeficiencies',
  'DeferredMaterialSupplied',
  'ParcelAllocated',
  'LandDelivered',
  'WorkStarted',
  'ProblemRaised',
  'ProblemResolved',
  'MilestoneReached',
  'ConstructionCompleted',
  'TrialProductionStarted',
  'MonthReported',
  'FullProductionStarted',
  'StatisticsEntered',
] as const;

/** Each key fact's first appearance, so that the test can check they come in this order. */
export function firstPositions(types: readonly string[]): number[] {
  return KEY_FACTS.map((type) => types.indexOf(type));
}

import { streamCategory, type Projection, type RecordedEvent, type ReadModelStore } from '@ia/kernel';
import type { Commitments } from '@ia/contracts';
import type { AgreementEvent, Enterprise } from '../agreement/events';
import { evolveAgreement, initialAgreementState, type Agreement } from '../agreement/state';
import { CATEGORIES, COLLECTIONS, type Revisioned } from './collections';

export type AgreementView = Revisioned<Agreement>;

/** One line of the project register (项目台账): a signed agreement and what it counts. */
export interface ProjectView {
  readonly projectId: string;
  readonly agreementId: string;
  readonly projectName: string;
  readonly leadId: string;
  readonly parkId: string;
  readonly enterprise: Enterprise;
  readonly status: 'signed' | 'terminated';
  readonly signedOn: string;
  readonly registrationDueOn: string;
  readonly approvalPackage?: string;
  readonly commitments: Commitments;
  readonly countedInvestment: number;
  readonly supplements: number;
  readonly terminatedOn?: string;
}

export const agreementsProjection: Projection = {
  name: 'contract-signing.agreements',
  collections: [COLLECTIONS.agreements, COLLECTIONS.projects],
  indexes: { [COLLECTIONS.agreements]: ['parkId'], [COLLECTIONS.projects]: ['parkId'] },
  categories: [CATEGORIES.agreement],
  async apply(event: RecordedEvent, readModels: ReadModelStore) {
    if (streamCategory(event.streamName) !== CATEGORIES.agreement) return;
    const id = event.streamName.slice(CATEGORIES.agreement.length + 1);
    const before = await readModels.get<AgreementView>(COLLECTIONS.agreements, id);
    if (before && event.revision <= before.revision) return;
    const after = evolveAgreement(before ?? initialAgreementState, event as unknown as AgreementEvent);
    if (after.status === 'none') return;
    await readModels.put<AgreementView>(COLLECTIONS.agreements, id, { ...after, revision: event.revision });
    const project = projectOf(after);
    if (project) await readModels.put<ProjectView>(COLLECTIONS.projects, project.projectId, project);
  },
};

export function projectOf(agreement: Agreement): ProjectView | undefined {
  const { signing } = agreement;
  if (!signing || agreement.status === 'draft') return undefined;
  return {
    projectId: signing.projectId,
    agreementId: agreement.agreementId,
    projectName: agreement.projectName,
    leadId: agreement.leadId,
    parkId: agreement.parkId,
    enterprise: agreement.enterprise,
    status: agreement.status,
    signedOn: signing.signedOn,
    registrationDueOn: signing.registrationDueOn,
    ...(agreement.approvalPackage !== undefined && { approvalPackage: agreement.approvalPackage }),
    commitments: agreement.commitments,
    countedInvestment: agreement.countedInvestment,
    supplements: agreement.supplements.length,
    ...(agreement.termination && { terminatedOn: agreement.termination.terminatedOn }),
  };
}

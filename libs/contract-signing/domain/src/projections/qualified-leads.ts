import { streamCategory, type Projection } from '@ia/kernel';
import type { LeadQualificationEvent, QualifiedLead } from '../lead-qualification/decider';
import { CATEGORIES, COLLECTIONS } from './collections';

/** The leads that may be drafted from now: lead intake's latest word on each. */
export const qualifiedLeadsProjection: Projection = {
  name: 'contract-signing.qualified-leads',
  collections: [COLLECTIONS.qualifiedLeads],
  indexes: { [COLLECTIONS.qualifiedLeads]: ['parkId'] },
  categories: [CATEGORIES.leadQualification],
  async apply(event, readModels) {
    if (streamCategory(event.streamName) !== CATEGORIES.leadQualification) return;
    const recorded = event as unknown as LeadQualificationEvent;
    switch (recorded.type) {
      case 'LeadQualificationRecorded':
        return readModels.put<QualifiedLead>(COLLECTIONS.qualifiedLeads, recorded.data.leadId, recorded.data);
      case 'LeadQualificationWithdrawn':
        return readModels.delete(COLLECTIONS.qualifiedLeads, recorded.data.leadId);
      default:
        return undefined;
    }
  },
};

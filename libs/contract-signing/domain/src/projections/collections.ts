export const COLLECTIONS = {
  agreements: 'contract-signing.agreements',
  projects: 'contract-signing.projects',
  qualifiedLeads: 'contract-signing.qualified-leads',
  incentiveCatalogs: 'contract-signing.incentive-catalogs',
} as const;

/** Stream categories of this context; only agreements are published. */
export const CATEGORIES = {
  agreement: 'agreement',
  leadQualification: 'leadqualification',
  leadReservation: 'leadreservation',
  enterpriseReservation: 'enterprisereservation',
  incentiveCatalog: 'incentivecatalog',
} as const;

/** A read model document remembers the revision it reflects, so a redelivered event is applied once. */
export type Revisioned<T> = T & { readonly revision: number };

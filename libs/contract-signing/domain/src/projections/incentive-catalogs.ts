import { streamCategory, type Projection } from '@ia/kernel';
import { catalogDecider, incentivesOf, type CatalogEvent, type CatalogState } from '../incentive-catalog/decider';
import type { IncentiveTerms } from '../incentives/terms';
import { CATEGORIES, COLLECTIONS, type Revisioned } from './collections';

export interface CatalogView {
  readonly parkId: string;
  /** False while the park still offers the default catalog it never edited. */
  readonly configured: boolean;
  readonly incentives: readonly IncentiveTerms[];
}

type StoredCatalog = Revisioned<{ readonly state: CatalogState }>;

export const incentiveCatalogsProjection: Projection = {
  name: 'contract-signing.incentive-catalogs',
  collections: [COLLECTIONS.incentiveCatalogs],
  categories: [CATEGORIES.incentiveCatalog],
  async apply(event, readModels) {
    if (streamCategory(event.streamName) !== CATEGORIES.incentiveCatalog) return;
    const parkId = event.streamName.slice(CATEGORIES.incentiveCatalog.length + 1);
    const before = await readModels.get<StoredCatalog>(COLLECTIONS.incentiveCatalogs, parkId);
    if (before && event.revision <= before.revision) return;
    const state = catalogDecider.evolve(before?.state ?? catalogDecider.initialState, event as unknown as CatalogEvent);
    await readModels.put<StoredCatalog>(COLLECTIONS.incentiveCatalogs, parkId, { state, revision: event.revision });
  },
};

export async function catalogView(
  readModels: { get<T>(collection: string, id: string): Promise<T | undefined> },
  parkId: string,
): Promise<CatalogView> {
  const stored = await readModels.get<StoredCatalog>(COLLECTIONS.incentiveCatalogs, parkId);
  const state = stored?.state ?? catalogDecider.initialState;
  return { parkId, configured: state.seeded, incentives: incentivesOf(state) };
}

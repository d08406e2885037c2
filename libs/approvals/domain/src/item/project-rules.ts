import type { Catalog, CatalogItem } from '../catalog/catalog';
import { ApprovalErrors } from '../errors';
import type { ApprovalItem } from './state';

const ENDED_WITHOUT_LICENCE: readonly string[] = ['waived', 'rejected', 'returned', 'revoked'];

/** The project has the item open or granted: one that ended without a licence may be opened again. */
export function holdsItem(projectItems: readonly ApprovalItem[], itemCode: string): boolean {
  return projectItems.some((other) => other.item.code === itemCode && !ENDED_WITHOUT_LICENCE.includes(other.status));
}

/** A prerequisite is met when the project holds it granted, or waived with a reason; a missing one is not met. */
export function unmetPrerequisites(item: ApprovalItem, projectItems: readonly ApprovalItem[]): readonly string[] {
  return item.item.prerequisites.filter(
    (code) => !projectItems.some((other) => other.item.code === code && (other.status === 'granted' || other.status === 'waived')),
  );
}

/** A false promise on any of the project's items loses the enterprise the commitment route in this park. */
export function commitmentRouteLost(projectItems: readonly ApprovalItem[]): boolean {
  return projectItems.some((item) => item.commitment?.outcome === 'broken');
}

/** What an agent may add to a signed project's plan: a catalog item the project does not have open or granted. */
export function itemToAdd(catalog: Catalog, projectId: string, projectItems: readonly ApprovalItem[], itemCode: string): CatalogItem {
  if (projectItems.length === 0) throw ApprovalErrors.projectNotFound(projectId);
  const item = catalog.items[itemCode];
  if (item === undefined) throw ApprovalErrors.unknownItem(itemCode);
  if (holdsItem(projectItems, itemCode)) throw ApprovalErrors.alreadyPlanned(itemCode);
  return item;
}

/**
 * The project's park, from the parks its items recorded: `undefined` when approvals has no item of it,
 * `null` when none recorded a park or they disagree, so that a caller of one park is never let in on a guess.
 */
export function projectPark(itemParks: ReadonlyArray<string | undefined>): string | null | undefined {
  if (itemParks.length === 0) return undefined;
  const known = new Set(itemParks.filter((parkId): parkId is string => parkId !== undefined));
  const [only] = known;
  return known.size === 1 && only !== undefined ? only : null;
}

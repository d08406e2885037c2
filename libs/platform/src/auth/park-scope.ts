import { SetMetadata, type Type } from '@nestjs/common';
import type { ReadModelStore } from '@ia/kernel';
import { ProblemError } from '../http/problem';
import type { Principal } from './principal';

export const PARK_SCOPE = 'ia:park-scope';

/**
 * Finds the park a resource belongs to, from the service's own records. It answers `undefined` when the
 * service has no such resource (the route then answers as it would for anyone) and `null` when the resource
 * exists but its park is not known yet: a park-scoped caller is refused rather than let through on a guess.
 */
export interface ParkLocator {
  parkOf(id: string): Promise<string | null | undefined>;
}

/** Where a route's park, or the id of the resource that has one, is read from. */
export type ParkSource = { readonly param: string } | { readonly body: string } | { readonly query: string };

export type ParkScope =
  | { readonly kind: 'resource'; readonly from: ParkSource; readonly locator?: Type<ParkLocator> }
  | { readonly kind: 'filtered' }
  | { readonly kind: 'county' }
  | { readonly kind: 'self' };

/**
 * The route acts on one park's data. Without a locator the value read is the park itself; with one it is
 * the id of a resource whose park the locator finds. The guard checks it before validation or the handler.
 */
export const InPark = (from: ParkSource, locator?: Type<ParkLocator>) =>
  SetMetadata(PARK_SCOPE, { kind: 'resource', from, ...(locator && { locator }) } satisfies ParkScope);

/** The route answers a list or a figure and itself leaves out what belongs to parks the caller does not work for. */
export const ParkFiltered = () => SetMetadata(PARK_SCOPE, { kind: 'filtered' } satisfies ParkScope);

/** County-wide data (catalogues, calendars, operations): only holders who work for the whole county. */
export const CountyWide = () => SetMetadata(PARK_SCOPE, { kind: 'county' } satisfies ParkScope);

/** The route acts only on the caller's own session or account, which belongs to no park. */
export const OwnSession = () => SetMetadata(PARK_SCOPE, { kind: 'self' } satisfies ParkScope);

/** A principal with no parks listed works for every park of the county. */
export function mayAccessPark(principal: Principal, parkId: string | null | undefined): boolean {
  if (principal.parks.length === 0) return true;
  return typeof parkId === 'string' && principal.parks.includes(parkId);
}

export function assertParkAllowed(principal: Principal, parkId: string | null | undefined): void {
  if (!mayAccessPark(principal, parkId)) throw parkNotAllowed(parkId);
}

/** Only the entries of parks the caller works for. */
export function withinParks<T>(principal: Principal, entries: Iterable<T>, parkOf: (entry: T) => string | null | undefined): T[] {
  return [...entries].filter((entry) => mayAccessPark(principal, parkOf(entry)));
}

/**
 * The documents of a collection that belong to the parks the caller works for, read through the
 * collection's index on its park field: only one park when one is asked for, and every document only
 * for a caller who works for the whole county. The projection must declare the index.
 */
export async function readWithinParks<T>(
  readModels: ReadModelStore,
  principal: Principal,
  collection: string,
  options: { readonly parkId?: string | undefined; readonly field?: string } = {},
): Promise<T[]> {
  const field = options.field ?? 'parkId';
  if (options.parkId !== undefined) {
    assertParkAllowed(principal, options.parkId);
    return readModels.listBy<T>(collection, field, [options.parkId]);
  }
  if (principal.parks.length === 0) return readModels.list<T>(collection);
  return readModels.listBy<T>(collection, field, principal.parks);
}

export function parkNotAllowed(parkId: string | null | undefined): ProblemError {
  return typeof parkId === 'string'
    ? new ProblemError(403, 'AUTH.PARK_NOT_ALLOWED', '无权访问该园区的数据', `You do not work for park ${parkId}`)
    : new ProblemError(
        403,
        'AUTH.PARK_NOT_ALLOWED',
        '无权访问该园区的数据',
        'The park of this resource is not known yet; only holders who work for the whole county may act on it',
      );
}

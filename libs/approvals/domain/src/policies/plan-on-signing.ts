import { WELL_KNOWN_ITEMS, type ProjectSignedV1 } from '@ia/contracts';
import { packageFor, type Catalog, type CatalogItem } from '../catalog/catalog';

export interface PlannedItem {
  readonly item: CatalogItem;
  /** Items of the signing stage are due on the registration day (签约即注册); the rest run from acceptance. */
  readonly dueOn?: string;
}

export interface SigningPlan {
  /** Approvals learns the project's park here and records it on every item it opens. */
  readonly parkId: string;
  readonly packageCode?: string;
  readonly items: readonly PlannedItem[];
}

const REGISTRATION = [WELL_KNOWN_ITEMS.businessRegistration, WELL_KNOWN_ITEMS.taxRegistration];

/** A signed project gets registration on signing and the package it chose, or the park's default package. */
export function planOnSigning(signed: ProjectSignedV1, catalog: Catalog): SigningPlan {
  const bundle = packageFor(catalog, signed.approvalPackage);
  const codes = [...new Set([...REGISTRATION, ...(bundle?.itemCodes ?? [])])];
  const items = codes
    .map((code) => catalog.items[code])
    .filter((item): item is CatalogItem => item !== undefined)
    .map((item): PlannedItem => (item.stage === 'on_signing' ? { item, dueOn: signed.registrationDueOn } : { item }));
  return { parkId: signed.parkId, ...(bundle !== undefined && { packageCode: bundle.code }), items };
}

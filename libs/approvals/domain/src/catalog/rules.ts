import type { ApprovalPackage, Catalog, CatalogItem } from './catalog';
import { CatalogErrors } from '../errors';

export function checkItem(catalog: Catalog, item: CatalogItem): void {
  const seen = new Set<string>();
  for (const material of item.materials) {
    if (seen.has(material.code)) throw CatalogErrors.duplicateMaterial(material.code);
    seen.add(material.code);
  }
  if (item.deficiencyAllowed && !item.materials.some((material) => material.kind === 'secondary'))
    throw CatalogErrors.noSecondaryMaterial();
  const unknown = item.prerequisites.filter((code) => code !== item.code && catalog.items[code] === undefined);
  if (unknown.length > 0) throw CatalogErrors.unknownPrerequisite(unknown);
  const revised: Catalog = { ...catalog, items: { ...catalog.items, [item.code]: item } };
  if (reaches(revised, item.code, item.code)) throw CatalogErrors.prerequisiteCycle(item.code);
  for (const bundle of Object.values(revised.packages)) {
    if (bundle.itemCodes.includes(item.code)) checkPackageItems(revised, bundle);
  }
}

export function checkPackage(catalog: Catalog, bundle: ApprovalPackage): void {
  const unknown = bundle.itemCodes.filter((code) => catalog.items[code] === undefined);
  if (unknown.length > 0) throw CatalogErrors.unknownItems(unknown);
  checkPackageItems(catalog, bundle);
}

/** A package holds every prerequisite of its items, so a project planned from it can finish. */
function checkPackageItems(catalog: Catalog, bundle: ApprovalPackage): void {
  const missing = bundle.itemCodes
    .flatMap((code) => catalog.items[code]?.prerequisites ?? [])
    .filter((code, index, all) => !bundle.itemCodes.includes(code) && all.indexOf(code) === index);
  if (missing.length > 0) throw CatalogErrors.packageMissingPrerequisite(missing);
}

function reaches(catalog: Catalog, from: string, target: string, visited = new Set<string>()): boolean {
  for (const next of catalog.items[from]?.prerequisites ?? []) {
    if (next === target) return true;
    if (visited.has(next)) continue;
    visited.add(next);
    if (reaches(catalog, next, target, visited)) return true;
  }
  return false;
}

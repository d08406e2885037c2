import type { ApprovalPackage, CatalogItem } from './catalog';

export type CatalogEvent =
  | { readonly type: 'CatalogItemDefined'; readonly data: { readonly item: CatalogItem } }
  | { readonly type: 'PackageDefined'; readonly data: { readonly package: ApprovalPackage } }
  | { readonly type: 'DefaultPackageChosen'; readonly data: { readonly packageCode: string } };

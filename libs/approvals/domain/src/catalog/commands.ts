import type { ApprovalPackage, CatalogItem } from './catalog';

export type CatalogCommand =
  | { readonly type: 'DefineItem'; readonly data: { readonly item: CatalogItem } }
  | { readonly type: 'DefinePackage'; readonly data: { readonly package: ApprovalPackage } }
  | { readonly type: 'ChooseDefaultPackage'; readonly data: { readonly packageCode: string } };

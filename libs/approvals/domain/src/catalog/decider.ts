import { assertNever, canonicalJson, type Aggregate, type Decider } from '@ia/kernel';
import { CatalogErrors } from '../errors';
import type { Catalog } from './catalog';
import type { CatalogCommand } from './commands';
import { DEFAULT_CATALOG } from './default-catalog';
import type { CatalogEvent } from './events';
import { checkItem, checkPackage } from './rules';

/** One catalog per park, so one stream; an empty stream is the seeded default. */
export const CATALOG_STREAM = 'approvalcatalog-park';

const same = (left: unknown, right: unknown) => canonicalJson(left) === canonicalJson(right);

export const catalogDecider: Decider<CatalogCommand, CatalogEvent, Catalog> = {
  initialState: DEFAULT_CATALOG,
  decide(command, catalog) {
    switch (command.type) {
      case 'DefineItem': {
        const { item } = command.data;
        if (same(catalog.items[item.code], item)) return [];
        checkItem(catalog, item);
        return [{ type: 'CatalogItemDefined', data: { item } }];
      }
      case 'DefinePackage': {
        const bundle = command.data.package;
        if (same(catalog.packages[bundle.code], bundle)) return [];
        checkPackage(catalog, bundle);
        return [{ type: 'PackageDefined', data: { package: bundle } }];
      }
      case 'ChooseDefaultPackage': {
        const { packageCode } = command.data;
        if (catalog.packages[packageCode] === undefined) throw CatalogErrors.packageNotFound(packageCode);
        if (catalog.defaultPackage === packageCode) return [];
        return [{ type: 'DefaultPackageChosen', data: { packageCode } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(catalog, event) {
    switch (event.type) {
      case 'CatalogItemDefined':
        return { ...catalog, items: { ...catalog.items, [event.data.item.code]: event.data.item } };
      case 'PackageDefined':
        return { ...catalog, packages: { ...catalog.packages, [event.data.package.code]: event.data.package } };
      case 'DefaultPackageChosen':
        return { ...catalog, defaultPackage: event.data.packageCode };
      default:
        return assertNever(event);
    }
  },
};

export const catalogAggregate: Aggregate<CatalogCommand, CatalogEvent, Catalog> = {
  decider: catalogDecider,
  correlate: () => ({}),
};

import { deciderSpec } from '@ia/testing';
import type { ApprovalPackage, CatalogItem } from './catalog';
import { catalogDecider } from './decider';
import { DEFAULT_CATALOG } from './default-catalog';
import { checkItem, checkPackage } from './rules';

const spec = deciderSpec(catalogDecider);
const item = (code: string): CatalogItem => {
  const found = DEFAULT_CATALOG.items[code];
  if (!found) throw new Error(code);
  return found;
};
const WATER_PERMIT: CatalogItem = {
  code: 'water_permit',
  name: '取水许可',
  stage: 'assessments',
  materials: [
    { code: 'application_form', name: '申请表', kind: 'core' },
    { code: 'water_report', name: '水资源论证报告', kind: 'secondary' },
  ],
  timeLimitDays: 20,
  commitmentAllowed: true,
  deficiencyAllowed: true,
  prerequisites: ['project_filing'],
  givesProjectCode: false,
};

describe('the item catalog', () => {
  it('is seeded with a default that keeps its own rules', () => {
    for (const entry of Object.values(DEFAULT_CATALOG.items)) expect(() => checkItem(DEFAULT_CATALOG, entry)).not.toThrow();
    for (const bundle of Object.values(DEFAULT_CATALOG.packages)) expect(() => checkPackage(DEFAULT_CATALOG, bundle)).not.toThrow();
    expect(DEFAULT_CATALOG.defaultPackage).toBe('standard_industrial');
    expect(item('construction_permit')).toMatchObject({
      stage: 'engineering_permits',
      timeLimitDays: 0,
      prerequisites: ['drawing_review', 'tendering', 'title_certificate'],
    });
    expect(item('land_use_planning_permit').timeLimitDays).toBe(3);
  });

  describe('DefineItem', () => {
    it('adds an item and revises one', () => {
      spec
        .given([])
        .when({ type: 'DefineItem', data: { item: WATER_PERMIT } })
        .then([{ type: 'CatalogItemDefined', data: { item: WATER_PERMIT } }]);
      const faster = { ...item('land_use_planning_permit'), timeLimitDays: 1 };
      const events = spec
        .given([])
        .when({ type: 'DefineItem', data: { item: faster } })
        .events();
      expect(spec.given(events).state().items['land_use_planning_permit']?.timeLimitDays).toBe(1);
    });

    it('ignores a definition that changes nothing', () => {
      spec
        .given([])
        .when({ type: 'DefineItem', data: { item: item('project_filing') } })
        .then([]);
    });

    it('refuses unknown prerequisites and a cycle', () => {
      spec
        .given([])
        .when({ type: 'DefineItem', data: { item: { ...WATER_PERMIT, prerequisites: ['permit_to_dream'] } } })
        .thenThrows('CATALOG.UNKNOWN_PREREQUISITE');
      spec
        .given([])
        .when({ type: 'DefineItem', data: { item: { ...item('business_registration'), prerequisites: ['tax_registration'] } } })
        .thenThrows('CATALOG.PREREQUISITE_CYCLE');
      spec
        .given([])
        .when({ type: 'DefineItem', data: { item: { ...WATER_PERMIT, prerequisites: ['water_permit'] } } })
        .thenThrows('CATALOG.PREREQUISITE_CYCLE');
    });

    it('refuses a material listed twice, and 容缺 without a secondary material', () => {
      spec
        .given([])
        .when({
          type: 'DefineItem',
          data: { item: { ...WATER_PERMIT, materials: [WATER_PERMIT.materials[0]!, WATER_PERMIT.materials[0]!] } },
        })
        .thenThrows('CATALOG.DUPLICATE_MATERIAL');
      spec
        .given([])
        .when({ type: 'DefineItem', data: { item: { ...WATER_PERMIT, materials: [WATER_PERMIT.materials[0]!] } } })
        .thenThrows('CATALOG.NO_SECONDARY_MATERIAL');
    });

    it('refuses a new prerequisite that a package using the item lacks', () => {
      const error = spec
        .given([])
        .when({
          type: 'DefineItem',
          data: { item: { ...item('environmental_impact'), prerequisites: ['project_filing', 'energy_review'] } },
        })
        .thenThrows('CATALOG.PACKAGE_MISSING_PREREQUISITE');
      expect(error.extensions).toEqual({ prerequisites: ['energy_review'] });
    });
  });

  describe('DefinePackage', () => {
    const bundle: ApprovalPackage = {
      code: 'logistics',
      name: '仓储物流项目“一件事”',
      projectKind: '仓储物流',
      itemCodes: ['business_registration', 'tax_registration', 'project_filing'],
    };

    it('defines a package of known items with their prerequisites', () => {
      spec
        .given([])
        .when({ type: 'DefinePackage', data: { package: bundle } })
        .then([{ type: 'PackageDefined', data: { package: bundle } }]);
    });

    it('refuses unknown items and a missing prerequisite', () => {
      spec
        .given([])
        .when({ type: 'DefinePackage', data: { package: { ...bundle, itemCodes: [...bundle.itemCodes, 'space_permit'] } } })
        .thenThrows('CATALOG.UNKNOWN_ITEM');
      spec
        .given([])
        .when({ type: 'DefinePackage', data: { package: { ...bundle, itemCodes: ['tax_registration'] } } })
        .thenThrows('CATALOG.PACKAGE_MISSING_PREREQUISITE');
    });
  });

  describe('ChooseDefaultPackage', () => {
    it('chooses another package as the default, once', () => {
      spec
        .given([])
        .when({ type: 'ChooseDefaultPackage', data: { packageCode: 'factory_lease' } })
        .then([{ type: 'DefaultPackageChosen', data: { packageCode: 'factory_lease' } }]);
      spec
        .given([])
        .when({ type: 'ChooseDefaultPackage', data: { packageCode: 'standard_industrial' } })
        .then([]);
    });

    it('refuses a package that does not exist', () => {
      spec
        .given([])
        .when({ type: 'ChooseDefaultPackage', data: { packageCode: 'moon_base' } })
        .thenThrows('PACKAGE.NOT_FOUND');
    });
  });
});

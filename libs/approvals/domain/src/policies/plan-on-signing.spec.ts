import type { ProjectSignedV1 } from '@ia/contracts';
import { DEFAULT_CATALOG } from '../catalog/default-catalog';
import { planOnSigning } from './plan-on-signing';

const signed: ProjectSignedV1 = {
  projectId: '01950000-0000-7000-8000-0000000000aa',
  agreementId: '01950000-0000-7000-8000-0000000000bb',
  leadId: '01950000-0000-7000-8000-0000000000cc',
  parkId: 'xiangxiang-edz',
  projectName: '年产 5 万吨新型电池材料项目',
  enterpriseName: '湘乡新能源材料有限公司',
  industrySection: 'C',
  signedOn: '2026-03-02',
  registrationDueOn: '2026-03-02',
  commitments: {
    totalInvestment: 500_000_000,
    fixedAssetInvestment: 400_000_000,
    landAreaSquareMetres: 66_667,
    daysFromDeliveryToStart: 30,
    monthsToProduction: 18,
    jobs: 300,
    taxPerMu: 150_000,
  },
};

describe('planning a signed project (签约即注册)', () => {
  it('opens the chosen package, registration first and due on the registration day', () => {
    const plan = planOnSigning({ ...signed, approvalPackage: 'factory_lease' }, DEFAULT_CATALOG);
    expect(plan.packageCode).toBe('factory_lease');
    expect(plan.parkId).toBe('xiangxiang-edz');
    expect(plan.items.map(({ item, dueOn }) => [item.code, dueOn])).toEqual([
      ['business_registration', '2026-03-02'],
      ['tax_registration', '2026-03-02'],
      ['project_filing', undefined],
      ['environmental_impact', undefined],
    ]);
  });

  it('takes the default package when none was chosen, or when the chosen one is unknown', () => {
    for (const approvalPackage of [undefined, 'no_such_package']) {
      const plan = planOnSigning({ ...signed, ...(approvalPackage && { approvalPackage }) }, DEFAULT_CATALOG);
      expect(plan.packageCode).toBe('standard_industrial');
      expect(plan.items).toHaveLength(Object.keys(DEFAULT_CATALOG.items).length);
    }
  });

  it('still opens registration when the package leaves it out', () => {
    const catalog = {
      ...DEFAULT_CATALOG,
      packages: { bare: { code: 'bare', name: '备案', projectKind: '技改', itemCodes: ['project_filing'] } },
    };
    expect(planOnSigning({ ...signed, approvalPackage: 'bare' }, catalog).items.map(({ item }) => item.code)).toEqual([
      'business_registration',
      'tax_registration',
      'project_filing',
    ]);
  });
});

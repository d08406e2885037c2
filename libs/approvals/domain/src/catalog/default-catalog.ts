import { WELL_KNOWN_ITEMS, type ApprovalStage } from '@ia/contracts';
import type { ApprovalPackage, Catalog, CatalogItem, Material } from './catalog';

const core = (code: string, name: string): Material => ({ code, name, kind: 'core' });
const secondary = (code: string, name: string): Material => ({ code, name, kind: 'secondary' });

const APPLICATION_FORM = core('application_form', '申请表');
const BUSINESS_LICENCE = core('business_licence', '营业执照');

interface ItemOptions {
  readonly commitment?: boolean;
  readonly deficiency?: boolean;
  readonly prerequisites?: readonly string[];
  readonly givesProjectCode?: boolean;
}

function item(
  code: string,
  name: string,
  stage: ApprovalStage,
  timeLimitDays: number,
  materials: readonly Material[],
  options: ItemOptions = {},
): CatalogItem {
  return {
    code,
    name,
    stage,
    materials,
    timeLimitDays,
    commitmentAllowed: options.commitment ?? false,
    deficiencyAllowed: options.deficiency ?? false,
    prerequisites: options.prerequisites ?? [],
    givesProjectCode: options.givesProjectCode ?? false,
  };
}

const STATUTORY_DAYS = 20;
const CODES = WELL_KNOWN_ITEMS;

/** The stage table of DOMAIN.md with the limits the reports give; the rest take the statutory 20 working days. */
const ITEMS: readonly CatalogItem[] = [
  item(
    CODES.businessRegistration,
    '工商注册（营业执照）',
    'on_signing',
    0,
    [
      APPLICATION_FORM,
      core('legal_representative_id', '法定代表人身份证明'),
      core('articles_of_association', '公司章程'),
      secondary('address_proof', '住所使用证明'),
    ],
    { deficiency: true },
  ),
  item(
    CODES.taxRegistration,
    '税务登记',
    'on_signing',
    0,
    [APPLICATION_FORM, BUSINESS_LICENCE, secondary('bank_account_proof', '银行开户证明')],
    { deficiency: true, prerequisites: [CODES.businessRegistration] },
  ),
  item(
    CODES.projectFiling,
    '投资项目备案（立项）',
    'project_approval',
    0,
    [APPLICATION_FORM, BUSINESS_LICENCE, core('project_summary', '项目基本情况'), secondary('investment_agreement', '投资协议')],
    { commitment: true, deficiency: true, prerequisites: [CODES.businessRegistration], givesProjectCode: true },
  ),
  item(
    'land_pre_examination',
    '用地预审与选址意见书',
    'project_approval',
    STATUTORY_DAYS,
    [APPLICATION_FORM, core('site_survey', '勘测定界图'), secondary('site_photos', '现场照片')],
    { deficiency: true, prerequisites: [CODES.projectFiling] },
  ),
  item(
    CODES.landUsePlanningPermit,
    '建设用地规划许可证',
    'project_approval',
    3,
    [APPLICATION_FORM, core('land_contract', '国有建设用地使用权出让合同'), secondary('site_plan_draft', '总平面图（草案）')],
    { deficiency: true, prerequisites: ['land_pre_examination'] },
  ),
  item(
    'environmental_impact',
    '环境影响评价（环评）',
    'assessments',
    STATUTORY_DAYS,
    [APPLICATION_FORM, core('eia_report', '环境影响报告表'), secondary('public_participation', '公众参与说明')],
    { commitment: true, deficiency: true, prerequisites: [CODES.projectFiling] },
  ),
  item('energy_review', '节能审查（能评）', 'assessments', STATUTORY_DAYS, [APPLICATION_FORM, core('energy_report', '节能报告')], {
    commitment: true,
    prerequisites: [CODES.projectFiling],
  }),
  item(
    'fiscal_review',
    '财政评审（财评）',
    'assessments',
    STATUTORY_DAYS,
    [APPLICATION_FORM, core('budget', '工程预算书'), secondary('cost_basis', '造价依据')],
    { deficiency: true, prerequisites: [CODES.projectFiling] },
  ),
  item(
    'tendering',
    '招标投标',
    'assessments',
    STATUTORY_DAYS,
    [core('tender_documents', '招标文件'), secondary('bid_evaluation', '评标报告')],
    { deficiency: true, prerequisites: ['fiscal_review'] },
  ),
  item(
    CODES.titleCertificate,
    '不动产权证书',
    'land',
    5,
    [
      APPLICATION_FORM,
      core('land_contract', '国有建设用地使用权出让合同'),
      core('deed_tax_receipt', '契税完税证明'),
      secondary('cadastral_survey', '地籍调查表'),
    ],
    { deficiency: true, prerequisites: [CODES.landUsePlanningPermit] },
  ),
  item(
    CODES.engineeringPlanningPermit,
    '建设工程规划许可证',
    'engineering_permits',
    5,
    [APPLICATION_FORM, core('site_plan', '总平面图'), secondary('design_scheme', '设计方案说明')],
    { commitment: true, deficiency: true, prerequisites: [CODES.landUsePlanningPermit] },
  ),
  item(
    'drawing_review',
    '施工图审查（图审）',
    'engineering_permits',
    10,
    [core('construction_drawings', '施工图'), secondary('survey_report', '勘察报告')],
    { deficiency: true, prerequisites: [CODES.engineeringPlanningPermit] },
  ),
  item(
    CODES.constructionPermit,
    '建筑工程施工许可证',
    'engineering_permits',
    0,
    [APPLICATION_FORM, core('construction_contract', '施工合同'), secondary('safety_plan', '安全施工措施')],
    { commitment: true, deficiency: true, prerequisites: ['drawing_review', 'tendering', CODES.titleCertificate] },
  ),
  item(
    CODES.completionFiling,
    '竣工验收备案',
    'completion',
    5,
    [core('acceptance_report', '竣工验收报告'), secondary('fire_acceptance', '消防验收意见')],
    { deficiency: true, prerequisites: [CODES.constructionPermit] },
  ),
];

const byCode = <T extends { readonly code: string }>(values: readonly T[]): Record<string, T> =>
  Object.fromEntries(values.map((value) => [value.code, value]));

const PACKAGES: readonly ApprovalPackage[] = [
  {
    code: 'standard_industrial',
    name: '标准工业项目“一件事”',
    projectKind: '新建工业项目（出让用地）',
    itemCodes: ITEMS.map((entry) => entry.code),
  },
  {
    code: 'factory_lease',
    name: '租赁标准厂房项目“一件事”',
    projectKind: '租用园区标准厂房',
    itemCodes: [CODES.businessRegistration, CODES.taxRegistration, CODES.projectFiling, 'environmental_impact'],
  },
];

export const DEFAULT_CATALOG: Catalog = { items: byCode(ITEMS), packages: byCode(PACKAGES), defaultPackage: 'standard_industrial' };

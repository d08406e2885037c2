import { ApprovalsAgent } from './approvals-agent';
import type { LifecycleDriver as SuiteDriver } from './suite-driver';

export const PARK = 'xiangxiang-edz';
export const PROMOTER = 'zhang.wei';

export interface Project {
  readonly leadId: string;
  readonly projectId: string;
}

const COMMITMENTS = {
  totalInvestment: 1_000_000_000,
  fixedAssetInvestment: 800_000_000,
  landAreaSquareMetres: 115_000,
  parcelCode: 'XX-2026-07',
  daysFromDeliveryToStart: 30,
  monthsToProduction: 12,
  jobs: 600,
  taxPerMu: 200_000,
};

/** From a promotion fair (推介会) to a qualified lead: the admin has set the park's policy first. */
export async function leadToQualified(suite: SuiteDriver): Promise<string> {
  suite.day('2026-02-09');
  await suite.put('admin', 'admin-li', `/api/v1/park-policies/${PARK}`, {
    wantedIndustries: ['C38', 'C35'],
    excludedIndustries: ['C25'],
    minimumInvestmentIntensity: 250,
    minimumTaxPerMu: 15,
    minimumJobs: 100,
  });
  const lead = await suite.post(
    'promoter',
    PROMOTER,
    '/api/v1/leads',
    {
      parkId: PARK,
      companyName: '湖南华能智能电气有限公司',
      uscc: '91430100MA4L12345A',
      industrySection: 'C',
      industryDivision: '38',
      source: 'promotion_event',
      sourceName: '湘港经贸合作周签约仪式',
      contactPerson: '李明',
      contactPhone: '13812345678',
      intendedInvestment: 1_000_000_000,
      landDemandMu: 172.5,
      expectedJobs: 600,
      expectedAnnualOutput: 1_500_000_000,
      expectedAnnualTax: 40_000_000,
      product: '智能配电成套设备',
      promoterId: PROMOTER,
    },
    201,
  );
  const leadId = lead['id'] as string;
  suite.day('2026-02-10');
  await suite.post('promoter', PROMOTER, `/api/v1/leads/${leadId}/follow-ups`, {
    channel: 'phone',
    summary: '电话沟通用地需求和标准地指标',
    nextStep: '邀请企业实地考察',
    nextStepOn: '2026-02-12',
  });
  suite.day('2026-02-12');
  await suite.post('promoter', PROMOTER, `/api/v1/leads/${leadId}/site-visits`, {
    visitedOn: '2026-02-12',
    visitors: ['李明', '王建国'],
    summary: '考察XX-2026-07地块及水电配套，企业对区位满意',
  });
  suite.day('2026-02-25');
  await suite.post('promoter', PROMOTER, `/api/v1/leads/${leadId}/screenings`, {
    decision: 'qualify',
    reason: '属于园区主导产业，投资强度和亩均税收均达标',
  });
  await suite.settle();
  return leadId;
}

/** The agreement drafted and signed; 签约即注册: both registrations granted on the signing day. */
export async function signAndRegister(suite: SuiteDriver, leadId: string): Promise<Project> {
  suite.day('2026-02-26');
  const draft = await suite.post(
    'promoter',
    PROMOTER,
    '/api/v1/agreements',
    {
      leadId,
      projectName: '年产10万台智能配电设备产业园项目',
      parties: { parkSignatory: '王主任', enterpriseSignatory: '李总' },
      commitments: COMMITMENTS,
      incentives: [{ code: 'fixed-asset-reward' }, { code: 'free-premises' }],
    },
    201,
  );
  suite.day('2026-03-02');
  const signed = await suite.post('promoter', PROMOTER, `/api/v1/agreements/${draft['id'] as string}/sign`, { signedOn: '2026-03-02' });
  const project = { leadId, projectId: signed['projectId'] as string };
  await suite.settle();
  const agent = new ApprovalsAgent(suite, project.projectId);
  const registration = { acceptedOn: '2026-03-02', grantedOn: '2026-03-02', authority: '湘乡市市场监督管理局' };
  await agent.work({
    ...registration,
    code: 'business_registration',
    materials: ['application_form', 'legal_representative_id', 'articles_of_association', 'address_proof'],
    licenceNumber: '91430381MA4T8K2X5C',
  });
  await agent.work({
    ...registration,
    code: 'tax_registration',
    materials: ['application_form', 'business_licence', 'bank_account_proof'],
    authority: '国家税务总局湘乡市税务局',
    licenceNumber: '湘税登〔2026〕0302号',
  });
  await suite.settle();
  return project;
}

/** The approval flow up to the land: the filing accepted with a tolerated deficiency (容缺) supplied two days later. */
export async function approvalsBeforeLand(suite: SuiteDriver, project: Project): Promise<void> {
  const agent = new ApprovalsAgent(suite, project.projectId);
  const county = '湘乡市自然资源局';
  suite.day('2026-03-03');
  await agent.work({
    code: 'project_filing',
    materials: ['application_form', 'business_licence', 'project_summary', 'investment_agreement'],
    acceptedOn: '2026-03-03',
    deferred: [{ materialCode: 'investment_agreement', promisedOn: '2026-03-05', suppliedOn: '2026-03-05' }],
    grantedOn: '2026-03-05',
    authority: '湘乡市发展和改革局',
    licenceNumber: '湘乡发改备〔2026〕12号',
    projectCode: '2026-430381-38-03-012345',
  });
  suite.day('2026-03-27');
  await agent.work({
    code: 'land_pre_examination',
    materials: ['application_form', 'site_survey', 'site_photos'],
    acceptedOn: '2026-03-05',
    grantedOn: '2026-03-13',
    authority: county,
    licenceNumber: '用字第430381202600008号',
  });
  await agent.work({
    code: 'land_use_planning_permit',
    materials: ['application_form', 'land_contract', 'site_plan_draft'],
    acceptedOn: '2026-03-16',
    grantedOn: '2026-03-18',
    authority: county,
    licenceNumber: '地字第430381202600012号',
  });
  await agent.work({
    code: 'fiscal_review',
    materials: ['application_form', 'budget', 'cost_basis'],
    acceptedOn: '2026-03-06',
    grantedOn: '2026-03-20',
    authority: '湘乡市财政局',
    licenceNumber: '湘乡财评〔2026〕31号',
  });
  await agent.work({
    code: 'engineering_planning_permit',
    materials: ['application_form', 'site_plan', 'design_scheme'],
    acceptedOn: '2026-03-19',
    grantedOn: '2026-03-24',
    authority: county,
    licenceNumber: '建字第430381202600015号',
  });
  await agent.work({
    code: 'environmental_impact',
    materials: ['application_form', 'eia_report', 'public_participation'],
    acceptedOn: '2026-03-06',
    grantedOn: '2026-03-27',
    authority: '湘潭市生态环境局湘乡分局',
    licenceNumber: '湘乡环审〔2026〕9号',
  });
  await agent.waive('energy_review', '年综合能耗低于1000吨标准煤，无需单独节能审查');
  suite.day('2026-04-08');
  await agent.work({
    code: 'tendering',
    materials: ['tender_documents', 'bid_evaluation'],
    acceptedOn: '2026-03-23',
    grantedOn: '2026-04-03',
    authority: '湘乡市公共资源交易中心',
    licenceNumber: '湘乡招备〔2026〕44号',
  });
  await agent.work({
    code: 'drawing_review',
    materials: ['construction_drawings', 'survey_report'],
    acceptedOn: '2026-03-25',
    grantedOn: '2026-04-07',
    authority: '湘潭市施工图审查中心',
    licenceNumber: '湘图审〔2026〕107号',
  });
  await suite.settle();
}

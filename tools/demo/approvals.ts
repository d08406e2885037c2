import { addCalendarDays } from '@ia/reference';
import type { DemoClient } from './client';

const AGENT = ['agent', 'agent-wang'] as const;

interface Step {
  readonly code: string;
  /** Days after signing the file is accepted and the licence granted. */
  readonly accepted: number;
  readonly granted: number;
  readonly materials: readonly string[];
  readonly authority: string;
  readonly licence: string;
  readonly deferred?: { readonly materialCode: string; readonly promised: number; readonly supplied: number };
  readonly projectCode?: boolean;
}

const RESOURCES = '湘乡市自然资源局';

/** The standard industrial package before the land, in the order the agents work it. */
export const BEFORE_LAND: readonly Step[] = [
  {
    code: 'project_filing',
    accepted: 1,
    granted: 3,
    materials: ['application_form', 'business_licence', 'project_summary'],
    authority: '湘乡市发展和改革局',
    licence: '湘乡发改备〔{year}〕{serial}号',
    deferred: { materialCode: 'investment_agreement', promised: 3, supplied: 3 },
    projectCode: true,
  },
  {
    code: 'land_pre_examination',
    accepted: 3,
    granted: 10,
    materials: ['application_form', 'site_survey', 'site_photos'],
    authority: RESOURCES,
    licence: '用字第430381{year}{serial}号',
  },
  {
    code: 'land_use_planning_permit',
    accepted: 14,
    granted: 16,
    materials: ['application_form', 'land_contract', 'site_plan_draft'],
    authority: RESOURCES,
    licence: '地字第430381{year}{serial}号',
  },
  {
    code: 'fiscal_review',
    accepted: 4,
    granted: 18,
    materials: ['application_form', 'budget', 'cost_basis'],
    authority: '湘乡市财政局',
    licence: '湘乡财评〔{year}〕{serial}号',
  },
  {
    code: 'engineering_planning_permit',
    accepted: 17,
    granted: 22,
    materials: ['application_form', 'site_plan', 'design_scheme'],
    authority: RESOURCES,
    licence: '建字第430381{year}{serial}号',
  },
  {
    code: 'environmental_impact',
    accepted: 4,
    granted: 25,
    materials: ['application_form', 'eia_report', 'public_participation'],
    authority: '湘潭市生态环境局湘乡分局',
    licence: '湘乡环审〔{year}〕{serial}号',
  },
  {
    code: 'tendering',
    accepted: 21,
    granted: 32,
    materials: ['tender_documents', 'bid_evaluation'],
    authority: '湘乡市公共资源交易中心',
    licence: '湘乡招备〔{year}〕{serial}号',
  },
  {
    code: 'drawing_review',
    accepted: 23,
    granted: 35,
    materials: ['construction_drawings', 'survey_report'],
    authority: '湘潭市施工图审查中心',
    licence: '湘图审〔{year}〕{serial}号',
  },
];

/** Land and certificate together (地证同交) on the delivery day, 44 days after signing, and the permit that day. */
export const DELIVERY_DAY = 44;
export const ON_DELIVERY: readonly Step[] = [
  {
    code: 'title_certificate',
    accepted: 38,
    granted: DELIVERY_DAY,
    materials: ['application_form', 'land_contract', 'deed_tax_receipt', 'cadastral_survey'],
    authority: RESOURCES,
    licence: '湘({year})湘乡市不动产权第000{serial}号',
  },
];
export const PERMIT: Step = {
  code: 'construction_permit',
  accepted: DELIVERY_DAY,
  granted: DELIVERY_DAY,
  materials: ['application_form', 'construction_contract', 'safety_plan'],
  authority: '湘乡市住房和城乡建设局',
  licence: '430381{year}0{serial}01',
};
export const REGISTRATION: readonly Step[] = [
  {
    code: 'business_registration',
    accepted: 0,
    granted: 0,
    materials: ['application_form', 'legal_representative_id', 'articles_of_association', 'address_proof'],
    authority: '湘乡市市场监督管理局',
    licence: '湘乡市市监营字〔{year}〕{serial}号',
  },
  {
    code: 'tax_registration',
    accepted: 0,
    granted: 0,
    materials: ['application_form', 'business_licence', 'bank_account_proof'],
    authority: '国家税务总局湘乡市税务局',
    licence: '湘税登〔{year}〕{serial}号',
  },
];

export interface ApprovalsProject {
  readonly projectId: string;
  readonly signedOn: string;
  readonly division: string;
  readonly serial: number;
}

/** 全程代办: the agent takes the file in once, accepts it (容缺 where a secondary material is missing), submits and records the licence. */
export async function workItem(client: DemoClient, project: ApprovalsProject, step: Step): Promise<void> {
  const { projectId, signedOn, division, serial } = project;
  const items = await client.until(`${step.code} opened`, `/api/v1/projects/${projectId}/approvals`, AGENT, (body) =>
    (body['items'] as Array<{ item: { code: string } }>).some((entry) => entry.item.code === step.code),
  );
  const item = (items['items'] as Array<{ id: string; item: { code: string } }>).find((entry) => entry.item.code === step.code)!;
  const path = `/api/v1/approvals/${item.id}`;
  const on = (days: number) => addCalendarDays(signedOn, days);
  const year = signedOn.slice(0, 4);
  await client.post(`${path}/assignment`, AGENT, { agentId: AGENT[1] });
  await client.post(`${path}/intake`, AGENT, {
    receivedOn: on(step.accepted),
    formReference: `湘乡经开区代办〔${year}〕${serial}号`,
    applicantName: '王建国',
    applicantIdNumber: '430381197502030020',
    materialCodes: step.materials,
  });
  if (step.deferred === undefined) await client.post(`${path}/acceptance`, AGENT, { acceptedOn: on(step.accepted) });
  else
    await client.post(`${path}/acceptance-with-deficiencies`, AGENT, {
      acceptedOn: on(step.accepted),
      deficiencies: [{ materialCode: step.deferred.materialCode, promisedOn: on(step.deferred.promised) }],
    });
  await client.post(`${path}/submission`, AGENT, { submittedOn: on(step.accepted), authority: step.authority });
  if (step.deferred !== undefined)
    await client.post(`${path}/supplies`, AGENT, { materialCode: step.deferred.materialCode, suppliedOn: on(step.deferred.supplied) });
  const licenceNumber = step.licence.replace('{year}', year).replace('{serial}', String(serial).padStart(4, '0'));
  const projectCode = `${year}-430381-${division}-03-${String(serial).padStart(6, '0')}`;
  await client.post(`${path}/grant`, AGENT, {
    grantedOn: on(step.granted),
    licenceNumber,
    ...(step.projectCode === true && { projectCode }),
  });
}

export async function waiveEnergyReview(client: DemoClient, projectId: string): Promise<void> {
  const body = await client.get(`/api/v1/projects/${projectId}/approvals`, AGENT);
  const item = (body['items'] as Array<{ id: string; item: { code: string } }>).find((entry) => entry.item.code === 'energy_review');
  if (item !== undefined)
    await client.post(`/api/v1/approvals/${item.id}/waiver`, AGENT, { reason: '年综合能耗低于1000吨标准煤，无需单独节能审查' });
}

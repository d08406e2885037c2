import { addCalendarDays } from '@ia/reference';
import type { DemoClient } from './client';
import { PARK, type DemoProject } from './data-set';

export const PROMOTER = ['promoter', 'zhang.wei'] as const;
export const ADMIN = ['admin', 'admin-li'] as const;

const morning = (date: string) => `${date}T02:00:00Z`;

const MU = 2000 / 3;
const expectedTax = (project: DemoProject) => Math.round((project.taxPerMu * project.areaSquareMetres) / MU);

function leadBody(project: DemoProject, promoterId: string): Record<string, unknown> {
  return {
    parkId: PARK,
    companyName: project.company,
    ...(project.uscc !== undefined && { uscc: project.uscc }),
    industrySection: project.section,
    industryDivision: project.division,
    source: project.source,
    ...(project.sourceName !== undefined && { sourceName: project.sourceName }),
    contactPerson: '李明',
    contactPhone: '13812345678',
    intendedInvestment: project.totalInvestment,
    landDemandMu: Math.round((project.areaSquareMetres / MU) * 100) / 100,
    expectedJobs: project.jobs,
    expectedAnnualOutput: project.totalInvestment * 2,
    expectedAnnualTax: expectedTax(project),
    product: project.product,
    promoterId,
  };
}

export async function setParkPolicy(client: DemoClient): Promise<void> {
  await client.put(`/api/v1/park-policies/${PARK}`, ADMIN, {
    wantedIndustries: ['C38', 'C35', 'C39', 'C40'],
    excludedIndustries: ['C25'],
    minimumInvestmentIntensity: 250,
    minimumTaxPerMu: 15,
    minimumJobs: 100,
  });
}

/** Logged weeks before the signing, followed up, visited, then screened against the park's policy. */
export async function workLead(client: DemoClient, project: DemoProject): Promise<string> {
  const before = (days: number) => addCalendarDays(project.signedOn, -days);
  const lead = await client.post('/api/v1/leads', PROMOTER, { ...leadBody(project, PROMOTER[1]), occurredAt: morning(before(40)) });
  const leadId = lead['id'] as string;
  await client.post(`/api/v1/leads/${leadId}/follow-ups`, PROMOTER, {
    channel: 'phone',
    summary: '电话沟通用地需求、标准地指标和优惠政策',
    nextStep: '邀请企业实地考察',
    nextStepOn: before(35),
    occurredAt: morning(before(38)),
  });
  await client.post(`/api/v1/leads/${leadId}/site-visits`, PROMOTER, {
    visitedOn: before(35),
    visitors: ['李明', '王建国'],
    summary: '考察地块区位及水电气配套，企业表示满意',
  });
  const rejected = project.target === 'rejected';
  await client.post(`/api/v1/leads/${leadId}/screenings`, PROMOTER, {
    decision: rejected ? 'reject' : 'qualify',
    reason: rejected ? '属园区禁止类产业（炼焦），不予引进' : '属于园区主导产业，投资强度和亩均税收均达标',
  });
  return leadId;
}

/** The agreement drafted from the qualified lead and signed: the signing creates the project. */
export async function signAgreement(client: DemoClient, project: DemoProject, leadId: string): Promise<string> {
  await client.until('the qualification to reach contract signing', '/api/v1/qualified-leads', PROMOTER, (body) =>
    JSON.stringify(body).includes(leadId),
  );
  const draft = await client.post('/api/v1/agreements', PROMOTER, {
    leadId,
    projectName: project.projectName,
    parties: { parkSignatory: '王主任', enterpriseSignatory: '李总' },
    commitments: {
      totalInvestment: project.totalInvestment,
      fixedAssetInvestment: project.fixedAssetInvestment,
      landAreaSquareMetres: project.areaSquareMetres,
      parcelCode: project.parcelCode,
      daysFromDeliveryToStart: 30,
      monthsToProduction: 18,
      jobs: project.jobs,
      taxPerMu: project.taxPerMu,
    },
    incentives: [{ code: 'fixed-asset-reward' }, { code: 'free-premises' }],
  });
  const signed = await client.post(`/api/v1/agreements/${draft['id'] as string}/sign`, PROMOTER, { signedOn: project.signedOn });
  return signed['projectId'] as string;
}

import { addCalendarDays } from '@ia/reference';
import { DELIVERY_DAY } from './approvals';
import type { DemoClient } from './client';
import { PARK, type DemoProject } from './data-set';
import { ADMIN, PROMOTER } from './lead-and-signing';

const LEADER = ['leader', 'leader-zhang'] as const;

/** A standard-land parcel registered and allocated to the project against its commitments. */
export async function allocateParcel(client: DemoClient, project: DemoProject, projectId: string): Promise<string> {
  const parcel = await client.post('/api/v1/parcels', ADMIN, {
    parkId: PARK,
    code: project.parcelCode,
    location: '湘乡经开区东山大道以南、工业路以西',
    areaSquareMetres: project.areaSquareMetres,
    landUse: '工业用地',
    indicators: {
      minimumInvestmentPerMu: 2_000_000,
      plotRatio: { minimum: 1.2, maximum: 3 },
      minimumTaxPerMu: 150_000,
      minimumValueAddedPerTonneCoal: 30_000,
      minimumValueAddedPerTonneEmissions: 500_000,
      minimumBuildingCoveragePercent: 30,
      maximumGreenRatioPercent: 20,
    },
    readiness: { water: true, power: true, gas: true, heat: false, road: true, telecom: true, levelled: true },
  });
  const parcelId = parcel['id'] as string;
  await client.until(
    'land delivery to learn the agreement',
    `/api/v1/land-projects/${projectId}`,
    PROMOTER,
    (body) => body['signedOn'] !== undefined,
  );
  await client.post(`/api/v1/parcels/${parcelId}/allocation`, PROMOTER, { projectId, allocatedOn: addCalendarDays(project.signedOn, 18) });
  return parcelId;
}

/** 地证同交: delivered once land delivery has the title certificate granted the same day. */
export async function deliverLand(client: DemoClient, project: DemoProject, projectId: string, parcelId: string): Promise<void> {
  await client.until(
    'the title certificate to reach land delivery',
    `/api/v1/land-projects/${projectId}`,
    PROMOTER,
    (body) => body['titleCertificate'] !== undefined,
  );
  const deliveredOn = addCalendarDays(project.signedOn, DELIVERY_DAY);
  await client.post(`/api/v1/parcels/${parcelId}/delivery`, PROMOTER, {
    deliveredOn,
    confirmationNumber: `湘经开交〔${deliveredOn.slice(0, 4)}〕${project.parcelCode.slice(-2)}号`,
  });
}

/** 交地即开工: the leader and team named, work started on the delivery day. */
export async function startWork(client: DemoClient, project: DemoProject, projectId: string): Promise<void> {
  const path = `/api/v1/construction/projects/${projectId}`;
  await client.until(
    'construction to learn the land and the permit',
    path,
    LEADER,
    (body) => body['landDeliveredOn'] !== undefined && body['constructionPermitOn'] !== undefined,
  );
  const deliveredOn = addCalendarDays(project.signedOn, DELIVERY_DAY);
  await client.put(`${path}/leadership`, ADMIN, {
    leader: { userId: LEADER[1], name: '张副县长' },
    commissioner: '李项目专员',
    liaison: '王联络员',
    supervisor: '赵驻场监督员',
    assignedOn: deliveredOn,
  });
  await client.post(`${path}/start`, LEADER, { startedOn: deliveredOn });
}

const MILESTONES = [
  ['foundation', 43],
  ['main_structure_topped_out', 118],
  ['main_structure_completed', 148],
  ['equipment_installed', 183],
  ['completion', 188],
] as const;

/** Monthly investment, a problem raised and solved, the leader's visit, then the milestones up to completion or `lastMilestone`. */
export async function build(
  client: DemoClient,
  project: DemoProject,
  projectId: string,
  lastMilestone: (typeof MILESTONES)[number][0],
): Promise<void> {
  const path = `/api/v1/construction/projects/${projectId}`;
  const started = addCalendarDays(project.signedOn, DELIVERY_DAY);
  const day = (days: number) => addCalendarDays(started, days);
  const monthlyPlan = Math.round(project.fixedAssetInvestment / 6);
  for (const offset of [0, 31, 62]) {
    await client.post(`${path}/investments`, LEADER, {
      month: day(offset).slice(0, 7),
      plannedYuan: monthlyPlan,
      completedYuan: Math.round(monthlyPlan * 0.95),
    });
  }
  const problem = await client.post('/api/v1/construction/problems', LEADER, {
    projectId,
    category: 'power_supply',
    description: '厂区临时变压器烧毁，无法正常施工用电',
    raisedOn: day(5),
  });
  const problemPath = `/api/v1/construction/problems/${problem['id'] as string}`;
  await client.post(`${problemPath}/assignment`, LEADER, { responsibleUnit: '国网湘乡市供电公司', dueOn: day(15) });
  await client.post(`${problemPath}/resolution`, LEADER, { resolvedOn: day(11), evidence: `供电公司送电确认单（${day(11)}）` });
  await client.post(`${path}/site-visits`, LEADER, { visitedOn: day(43), note: '现场查看基础施工，协调钢结构进场' });
  for (const [milestone, offset] of MILESTONES) {
    await client.post(`${path}/milestones`, LEADER, { milestone, reachedOn: day(offset) });
    if (milestone === lastMilestone) return;
  }
}

/** Debugging, trial production, (full production,) the monthly reports, and above-scale entry once revenue allows. */
export async function commission(client: DemoClient, project: DemoProject, projectId: string, today: string): Promise<void> {
  const path = `/api/v1/projects/${projectId}/commissioning`;
  await client.until('commissioning to open on completion', path, LEADER, (body) => body['stage'] === 'construction_completed');
  const started = addCalendarDays(project.signedOn, DELIVERY_DAY);
  const on = (days: number) => ({ startedOn: addCalendarDays(started, days), occurredAt: `${addCalendarDays(started, days)}T02:00:00Z` });
  await client.post(`${path}/equipment-debugging`, LEADER, on(194));
  await client.post(`${path}/trial-production`, LEADER, on(201));
  const full = project.target === 'above_scale' ? on(265) : undefined;
  for (let month = on(201).startedOn.slice(0, 7); month < today.slice(0, 7); month = nextMonth(month)) {
    if (full !== undefined && month === full.startedOn.slice(0, 7)) await client.post(`${path}/full-production`, LEADER, full);
    await client.put(`${path}/monthly-reports/${month}`, LEADER, {
      output: Math.round(project.monthlyRevenue * 1.1),
      mainBusinessRevenue: project.monthlyRevenue,
      tax: Math.round(project.monthlyRevenue * 0.08),
      jobs: project.jobs,
      investmentCompleted: project.totalInvestment,
      occurredAt: `${earlier(`${nextMonth(month)}-05`, today)}T02:00:00Z`,
    });
  }
  if (project.target === 'above_scale')
    await client.post(`${path}/statistics-entry`, ADMIN, { enteredOn: earlier(`${today.slice(0, 7)}-10`, today) });
}

function earlier(date: string, other: string): string {
  return date < other ? date : other;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const next = Number(month.slice(5, 7)) + 1;
  return next > 12 ? `${year + 1}-01` : `${year}-${String(next).padStart(2, '0')}`;
}

import { ApprovalsAgent } from './approvals-agent';
import { PARK, PROMOTER, type Project } from './lifecycle-early';
import type { LifecycleDriver as SuiteDriver } from './suite-driver';

const LEADER = 'leader-zhang';

/** A standard-land parcel allocated, then land and title certificate together (地证同交), permit, and work the same day. */
export async function landAndStart(suite: SuiteDriver, project: Project): Promise<void> {
  suite.day('2026-03-10');
  const parcel = await suite.post(
    'admin',
    'admin-li',
    '/api/v1/parcels',
    {
      parkId: PARK,
      code: 'XX-2026-07',
      location: '湘乡经开区东山大道以南、工业路以西',
      areaSquareMetres: 115_000,
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
    },
    201,
  );
  const parcelId = parcel['id'] as string;
  suite.day('2026-03-20');
  await suite.post('promoter', PROMOTER, `/api/v1/parcels/${parcelId}/allocation`, {
    projectId: project.projectId,
    allocatedOn: '2026-03-20',
  });
  suite.day('2026-04-15');
  const agent = new ApprovalsAgent(suite, project.projectId);
  const resources = '湘乡市自然资源局';
  await agent.work({
    code: 'title_certificate',
    materials: ['application_form', 'land_contract', 'deed_tax_receipt', 'cadastral_survey'],
    acceptedOn: '2026-04-09',
    grantedOn: '2026-04-15',
    authority: resources,
    licenceNumber: '湘(2026)湘乡市不动产权第0001234号',
  });
  await suite.settle();
  await suite.post('promoter', PROMOTER, `/api/v1/parcels/${parcelId}/delivery`, {
    deliveredOn: '2026-04-15',
    confirmationNumber: '湘经开交〔2026〕007号',
  });
  await agent.work({
    code: 'construction_permit',
    materials: ['application_form', 'construction_contract', 'safety_plan'],
    acceptedOn: '2026-04-15',
    grantedOn: '2026-04-15',
    authority: '湘乡市住房和城乡建设局',
    licenceNumber: '430381202604150101',
  });
  await suite.settle();
  const construction = `/api/v1/construction/projects/${project.projectId}`;
  await suite.put('admin', 'admin-li', `${construction}/leadership`, {
    leader: { userId: LEADER, name: '张副县长' },
    commissioner: '李项目专员',
    liaison: '王联络员',
    supervisor: '赵驻场监督员',
    assignedOn: '2026-04-15',
  });
  await suite.post('leader', LEADER, `${construction}/start`, { startedOn: '2026-04-15' });
  await suite.settle();
}

/** Milestones, a burnt-out transformer raised and solved, monthly investment, the leader's visit, completion. */
export async function buildToCompletion(suite: SuiteDriver, project: Project): Promise<void> {
  const construction = `/api/v1/construction/projects/${project.projectId}`;
  const investment = (month: string, plannedYuan: number, completedYuan: number) =>
    suite.post('leader', LEADER, `${construction}/investments`, { month, plannedYuan, completedYuan });
  const milestone = (name: string, reachedOn: string) =>
    suite.post('leader', LEADER, `${construction}/milestones`, { milestone: name, reachedOn });
  suite.day('2026-05-06');
  await investment('2026-04', 120_000_000, 110_000_000);
  const problem = await suite.post(
    'leader',
    LEADER,
    '/api/v1/construction/problems',
    { projectId: project.projectId, category: 'power_supply', description: '厂区临时变压器烧毁，无法正常施工用电', raisedOn: '2026-05-06' },
    201,
  );
  const problemPath = `/api/v1/construction/problems/${problem['id'] as string}`;
  await suite.post('leader', LEADER, `${problemPath}/assignment`, { responsibleUnit: '国网湘乡市供电公司', dueOn: '2026-05-15' });
  suite.day('2026-05-12');
  await suite.post('leader', LEADER, `${problemPath}/resolution`, {
    resolvedOn: '2026-05-12',
    evidence: '供电公司送电确认单（2026-05-12）',
  });
  suite.day('2026-05-28');
  await milestone('foundation', '2026-05-28');
  await suite.post('leader', LEADER, `${construction}/site-visits`, { visitedOn: '2026-05-28', note: '现场查看基础施工，协调钢结构进场' });
  suite.day('2026-06-05');
  await investment('2026-05', 150_000_000, 160_000_000);
  suite.day('2026-08-11');
  await milestone('main_structure_topped_out', '2026-08-11');
  suite.day('2026-09-10');
  await milestone('main_structure_completed', '2026-09-10');
  suite.day('2026-10-15');
  await milestone('equipment_installed', '2026-10-15');
  suite.day('2026-10-20');
  await milestone('completion', '2026-10-20');
  await suite.settle();
  const agent = new ApprovalsAgent(suite, project.projectId);
  suite.day('2026-10-26');
  await agent.work({
    code: 'completion_filing',
    materials: ['acceptance_report', 'fire_acceptance'],
    acceptedOn: '2026-10-21',
    grantedOn: '2026-10-26',
    authority: '湘乡市住房和城乡建设局',
    licenceNumber: '湘乡竣备〔2026〕58号',
  });
}

const MONTHS = [
  { month: '2026-11', on: '2026-12-05', revenue: 2_000_000, tax: 1_000_000, jobs: 420, investment: 960_000_000 },
  { month: '2026-12', on: '2027-01-06', revenue: 3_000_000, tax: 1_500_000, jobs: 480, investment: 990_000_000 },
  { month: '2027-01', on: '2027-02-05', revenue: 5_000_000, tax: 2_000_000, jobs: 560, investment: 1_010_000_000 },
  { month: '2027-02', on: '2027-03-05', revenue: 5_000_000, tax: 2_000_000, jobs: 620, investment: 1_015_000_000 },
  { month: '2027-03', on: '2027-04-06', revenue: 6_000_000, tax: 2_500_000, jobs: 650, investment: 1_020_000_000 },
] as const;

/** Debugging, trial and full production, monthly reports up to above-scale revenue, then entry into the statistics. */
export async function produceToAboveScale(suite: SuiteDriver, project: Project): Promise<void> {
  const commissioning = `/api/v1/projects/${project.projectId}/commissioning`;
  await suite.post('leader', LEADER, `${commissioning}/equipment-debugging`, { startedOn: '2026-10-26' });
  suite.day('2026-11-02');
  await suite.post('leader', LEADER, `${commissioning}/trial-production`, { startedOn: '2026-11-02' });
  for (const report of MONTHS) {
    if (report.month === '2026-12') {
      suite.day('2027-01-04');
      await suite.post('leader', LEADER, `${commissioning}/full-production`, { startedOn: '2027-01-04' });
    }
    suite.day(report.on);
    await suite.put('leader', LEADER, `${commissioning}/monthly-reports/${report.month}`, {
      output: report.revenue + 500_000,
      mainBusinessRevenue: report.revenue,
      tax: report.tax,
      jobs: report.jobs,
      investmentCompleted: report.investment,
    });
  }
  suite.day('2027-04-08');
  await suite.post('admin', 'admin-li', `${commissioning}/statistics-entry`, { enteredOn: '2027-04-08' });
  await suite.settle();
}

import type { ProjectFact } from '../state/fold-state';

export const PROJECT = '0193a1f0-0000-7000-8000-000000000001';
const LEAD = '0193a1f0-0000-7000-8000-0000000000aa';
const PARCEL = '0193a1f0-0000-7000-8000-0000000000bb';

const fact = (streamName: string, type: string, data: object): ProjectFact => ({ streamName, type, data });

function item(itemId: string, code: string, stage: string, timeLimitDays: number, openedOn: string, dueOn?: string): ProjectFact {
  return fact(`approval-${itemId}`, 'ItemOpened', {
    itemId,
    projectId: PROJECT,
    item: { code, name: code, stage, timeLimitDays },
    origin: 'signing',
    openedOn,
    ...(dueOn !== undefined && { dueOn }),
  });
}

/** Signed on Monday 2026-03-02, registered that day, filing accepted with a deficiency supplied a day late. */
export const SIGNED_AND_REGISTERED: readonly ProjectFact[] = [
  fact(`lead-${LEAD}`, 'LeadRegistered', {
    leadId: LEAD,
    companyName: '湖南星辰电气有限公司',
    source: 'promotion_event',
    registeredAt: '2026-01-05T02:00:00.000Z',
  }),
  fact(`lead-${LEAD}`, 'LeadQualified', { leadId: LEAD, qualifiedOn: '2026-02-10' }),
  fact('agreement-1', 'AgreementSigned', {
    agreementId: 'agreement-1',
    projectId: PROJECT,
    leadId: LEAD,
    parkId: 'xiangxiang-edz',
    projectName: '年产5万台智能配电设备项目',
    enterprise: { name: '湖南星辰电气有限公司', industrySection: 'C', industryDivision: '38' },
    commitments: {
      totalInvestment: 300_000_000,
      fixedAssetInvestment: 240_000_000,
      landAreaSquareMetres: 66_666.67,
      daysFromDeliveryToStart: 30,
      monthsToProduction: 18,
      jobs: 400,
      taxPerMu: 150_000,
    },
    signedOn: '2026-03-02',
  }),
  item('business', 'business_registration', 'on_signing', 0, '2026-03-02', '2026-03-02'),
  item('tax', 'tax_registration', 'on_signing', 0, '2026-03-02', '2026-03-02'),
  item('filing', 'project_filing', 'project_approval', 0, '2026-03-02'),
  item('planning', 'land_use_planning_permit', 'project_approval', 3, '2026-03-02'),
  fact('approval-business', 'ItemGranted', { itemId: 'business', grantedOn: '2026-03-02', licenceNumber: '91430381MA4L12345A' }),
  fact('approval-tax', 'ItemGranted', { itemId: 'tax', grantedOn: '2026-03-02', licenceNumber: '湘税登〔2026〕1号' }),
  fact('approval-filing', 'AgentAssigned', { agentId: 'agent-wang' }),
  fact('approval-filing', 'MaterialsTakenIn', { receivedOn: '2026-03-03' }),
  fact('approval-filing', 'ItemAcceptedWithDeficiencies', {
    acceptedOn: '2026-03-03',
    deficiencies: [{ materialCode: 'investment_agreement', promisedOn: '2026-03-05' }],
  }),
  fact('approval-filing', 'DeferredMaterialSupplied', {
    materialCode: 'investment_agreement',
    promisedOn: '2026-03-05',
    suppliedOn: '2026-03-06',
    late: true,
  }),
  fact('approval-filing', 'ItemSubmitted', { submittedOn: '2026-03-06' }),
  fact('approval-filing', 'ItemGranted', { itemId: 'filing', grantedOn: '2026-03-06', licenceNumber: '湘乡发改备〔2026〕12号' }),
];

/** Land and certificate together on 2026-04-15, permit the same day, work started that day: 交地即开工. */
export const BUILT_AND_PRODUCING: readonly ProjectFact[] = [
  ...SIGNED_AND_REGISTERED,
  fact('approval-planning', 'MaterialsTakenIn', { receivedOn: '2026-03-09' }),
  fact('approval-planning', 'ItemAccepted', { acceptedOn: '2026-03-09' }),
  fact('approval-planning', 'ItemSuspended', { suspendedOn: '2026-03-10' }),
  fact('approval-planning', 'ItemResumed', { resumedOn: '2026-03-12', suspendedOn: '2026-03-10' }),
  fact('approval-planning', 'ItemGranted', { itemId: 'planning', grantedOn: '2026-03-17', licenceNumber: '地字第430381202600012号' }),
  fact(`parcel-${PARCEL}`, 'ParcelAllocated', { parcelId: PARCEL, projectId: PROJECT, allocatedOn: '2026-03-20' }),
  fact(`landproject-${PROJECT}`, 'TitleCertificateRecorded', {
    projectId: PROJECT,
    grantedOn: '2026-04-15',
    certificateNumber: '湘(2026)湘乡市不动产权第0001234号',
    source: 'approvals',
  }),
  fact(`parcel-${PARCEL}`, 'LandDelivered', {
    parcelId: PARCEL,
    parcelCode: 'XX-2026-07',
    projectId: PROJECT,
    deliveredOn: '2026-04-15',
    confirmationNumber: '湘经开交〔2026〕007号',
    areaSquareMetres: 66_666.67,
    titleCertificateOn: '2026-04-15',
  }),
  fact(`construction-${PROJECT}`, 'LandDeliveryRecorded', { projectId: PROJECT, deliveredOn: '2026-04-15' }),
  fact(`construction-${PROJECT}`, 'ConstructionPermitRecorded', { projectId: PROJECT, grantedOn: '2026-04-15' }),
  fact(`construction-${PROJECT}`, 'WorkStarted', {
    projectId: PROJECT,
    landDeliveredOn: '2026-04-15',
    constructionPermitOn: '2026-04-15',
    startedOn: '2026-04-15',
  }),
  fact(`construction-${PROJECT}`, 'MonthlyInvestmentReported', {
    projectId: PROJECT,
    month: '2026-04',
    plannedYuan: 30_000_000,
    completedYuan: 28_000_000,
  }),
  fact('problem-1', 'ProblemRaised', { problemId: '1', projectId: PROJECT, raisedOn: '2026-05-06' }),
  fact('problem-1', 'ProblemResolved', { problemId: '1', resolvedOn: '2026-05-12' }),
  fact(`construction-${PROJECT}`, 'MilestoneReached', {
    projectId: PROJECT,
    milestone: 'main_structure_topped_out',
    reachedOn: '2026-08-11',
  }),
  fact(`construction-${PROJECT}`, 'ConstructionCompleted', { projectId: PROJECT, startedOn: '2026-04-15', completedOn: '2026-10-20' }),
  fact(`commissioning-${PROJECT}`, 'TrialProductionStarted', { startedOn: '2026-11-02' }),
  fact(`commissioning-${PROJECT}`, 'FullProductionStarted', { startedOn: '2027-01-04' }),
  ...[1, 2, 3].map((month) =>
    fact(`commissioning-${PROJECT}`, 'MonthReported', {
      month: `2027-0${month}`,
      figures: {
        output: 9_000_000,
        mainBusinessRevenue: 8_000_000,
        tax: 2_500_000,
        jobs: 380 + month,
        investmentCompleted: 290_000_000 + month * 5_000_000,
      },
    }),
  ),
  fact(`commissioning-${PROJECT}`, 'StatisticsEntered', { enteredOn: '2027-04-08', trailingRevenue: 24_000_000, threshold: 20_000_000 }),
];

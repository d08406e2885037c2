/** Examples for the OpenAPI document, in the language the users read. */
export const COMMAND_ANSWER_EXAMPLE = { id: '0195f0a4-7c1e-7a10-8b2c-3d4e5f607182', revision: 0 };

export const DUPLICATE_EXAMPLE = {
  type: 'urn:ia-suite:problem:LEAD.DUPLICATE_USCC',
  status: 409,
  code: 'LEAD.DUPLICATE_USCC',
  title: '已有相同统一社会信用代码的线索',
  detail: 'Another open or signed lead has the same USCC',
  existingLeadId: '0195f0a4-7c1e-7a10-8b2c-3d4e5f607182',
};

export const REFUSAL_EXAMPLE = {
  type: 'urn:ia-suite:problem:LEAD.CLOSED',
  status: 409,
  code: 'LEAD.CLOSED',
  title: '线索已关闭',
  detail: 'The lead is dropped; reopen it first',
};

const LEAD_EXAMPLE = {
  id: '0195f0a4-7c1e-7a10-8b2c-3d4e5f607182',
  parkId: 'xiangxiang-edz',
  companyName: '湖南星辰电气有限公司',
  uscc: '91430100MA4L12345A',
  industry: { section: 'C', division: '38' },
  source: 'promotion_event',
  sourceName: '湘港经贸合作周签约仪式',
  contactPerson: '李明',
  contactPhone: '138****5678',
  intendedInvestment: 300000000,
  landDemandMu: 100,
  expectedJobs: 400,
  expectedAnnualOutput: 500000000,
  expectedAnnualTax: 20000000,
  product: '智能配电设备',
  promoterId: 'zhang.wei',
  status: 'open',
  registeredAt: '2026-03-02T02:00:00.000Z',
  registeredOn: '2026-03-02',
  timeliness: { firstResponseDueOn: '2026-03-03', assessmentDueOn: '2026-03-05', overdue: ['first_response'], provisional: false },
  revision: 1,
};

export const LEAD_PAGE_EXAMPLE = { items: [LEAD_EXAMPLE], total: 1, page: 1, pageSize: 20 };

const SCREENING_RESULTS = [
  { rule: 'wanted_industry', outcome: 'passed', actual: 'C38', required: 'C38,C35' },
  { rule: 'excluded_category', outcome: 'passed', actual: 'C38', required: 'not C25' },
  { rule: 'investment_intensity', outcome: 'passed', actual: 300, required: 250 },
  { rule: 'tax_per_mu', outcome: 'passed', actual: 20, required: 15 },
  { rule: 'minimum_jobs', outcome: 'passed', actual: 400, required: 100 },
];

/** A lead followed all the way to signing, so that every field a detail can carry is shown. */
export const LEAD_DETAIL_EXAMPLE = {
  ...LEAD_EXAMPLE,
  status: 'signed',
  notes: '企业计划年内完成选址',
  firstRespondedOn: '2026-03-03',
  screenedOn: '2026-03-10',
  qualifiedOn: '2026-03-10',
  signedOn: '2026-03-20',
  projectId: '0195f0a5-2b10-7c33-9d44-5e6f708192a3',
  followUps: 2,
  siteVisits: 1,
  reached: { followedUp: true, screened: true, qualified: true, signed: true },
  lastScreening: { decision: 'qualify', reason: '符合园区主导产业，投资强度与亩均税收达标', results: SCREENING_RESULTS, policyVersion: 2 },
  timeliness: { firstResponseDueOn: '2026-03-03', assessmentDueOn: '2026-03-05', overdue: [], provisional: false },
  revision: 6,
  timeline: [
    {
      revision: 0,
      type: 'LeadRegistered',
      title: '登记线索',
      occurredAt: '2026-03-02T02:00:00.000Z',
      recordedAt: '2026-03-02T02:00:00.120Z',
      actor: { id: 'zhang.wei', role: 'promoter' },
      details: { companyName: '湖南星辰电气有限公司', source: 'promotion_event', sourceName: '湘港经贸合作周签约仪式' },
    },
    {
      revision: 1,
      type: 'PromoterAssigned',
      title: '指派招商专员',
      occurredAt: '2026-03-02T02:00:00.000Z',
      recordedAt: '2026-03-02T02:00:00.120Z',
      actor: { id: 'zhang.wei', role: 'promoter' },
      details: { promoterId: 'zhang.wei' },
    },
    {
      revision: 2,
      type: 'FollowUpRecorded',
      title: '跟进洽谈',
      occurredAt: '2026-03-03T06:00:00.000Z',
      recordedAt: '2026-03-03T06:05:00.000Z',
      actor: { id: 'zhang.wei', role: 'promoter' },
      details: { channel: 'phone', summary: '企业确认来园考察', nextStep: '安排实地考察', nextStepOn: '2026-03-06' },
    },
    {
      revision: 4,
      type: 'LeadScreened',
      title: '项目筛选',
      occurredAt: '2026-03-10T02:00:00.000Z',
      recordedAt: '2026-03-10T02:00:00.300Z',
      actor: { id: 'zhang.wei', role: 'promoter' },
      reason: '符合园区主导产业，投资强度与亩均税收达标',
      details: { decision: 'qualify', reason: '符合园区主导产业，投资强度与亩均税收达标', policyVersion: 2, results: SCREENING_RESULTS },
    },
  ],
};

export const FUNNEL_EXAMPLE = {
  from: '2026-03-01',
  to: '2026-03-31',
  stages: [
    { stage: 'registered', count: 12, intendedInvestment: 2350000000 },
    { stage: 'followed_up', count: 10, intendedInvestment: 2100000000 },
    { stage: 'screened', count: 6, intendedInvestment: 1500000000 },
    { stage: 'qualified', count: 4, intendedInvestment: 1200000000 },
    { stage: 'signed', count: 2, intendedInvestment: 800000000 },
  ],
  bySource: [{ source: 'promotion_event', stages: [{ stage: 'registered', count: 5, intendedInvestment: 1300000000 }] }],
};

export const PARK_POLICY_EXAMPLE = {
  parkId: 'xiangxiang-edz',
  version: 2,
  rules: {
    wantedIndustries: [
      { section: 'C', division: '38' },
      { section: 'C', division: '35' },
    ],
    excludedIndustries: [{ section: 'C', division: '25' }],
    minimumInvestmentIntensity: 250,
    minimumTaxPerMu: 15,
    minimumJobs: 100,
  },
  setAt: '2026-03-01T01:00:00.000Z',
  setBy: 'admin-1',
};

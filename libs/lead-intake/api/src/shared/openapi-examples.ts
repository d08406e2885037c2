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

export const LEAD_DETAIL_EXAMPLE = {
  ...LEAD_EXAMPLE,
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

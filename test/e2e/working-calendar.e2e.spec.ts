import { SuiteDriver } from './support/suite-driver';

jest.setTimeout(60_000);

const PARK = 'xiangxiang-edz';
/** New Year and the 2027 Spring Festival (Saturday 02-06 to Friday 02-12), with Saturday 02-13 worked. */
const YEAR_2027 = {
  holidays: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
  adjustedWorkdays: ['2027-02-13'],
};

describe('a year the admin publishes in approvals reaches lead intake, over HTTP only', () => {
  let suite: SuiteDriver;
  let leadId: string;

  beforeAll(async () => {
    // The Friday before the Spring Festival: the seed has no 2027, so it counts Monday 02-08 as a working day.
    suite = await SuiteDriver.start('2027-02-05');
    const lead = await suite.post(
      'promoter',
      'promoter-wang',
      '/api/v1/leads',
      {
        parkId: PARK,
        companyName: '湘乡春节电气有限公司',
        industrySection: 'C',
        industryDivision: '38',
        source: 'walk_in_or_phone',
        contactPerson: '李明',
        contactPhone: '13812345678',
        intendedInvestment: 300_000_000,
        landDemandMu: 100,
        expectedJobs: 400,
        expectedAnnualOutput: 500_000_000,
        expectedAnnualTax: 20_000_000,
      },
      201,
    );
    leadId = lead['id'] as string;
  });
  afterAll(() => suite.stop());

  const timeliness = async () => (await suite.get('leader', 'leader-zhao', `/api/v1/leads/${leadId}`))['timeliness'];

  it('counts the Spring Festival as days off once 2027 is published, also after a restart', async () => {
    expect(await timeliness()).toMatchObject({ firstResponseDueOn: '2027-02-08', provisional: true });
    await suite.put('admin', 'admin-li', '/api/v1/approvals/calendar/years/2027', YEAR_2027);
    await suite.settle();
    const published = { firstResponseDueOn: '2027-02-13', assessmentDueOn: '2027-02-16', overdue: [], provisional: false };
    expect(await timeliness()).toEqual(published);
    await suite.restart();
    expect(await timeliness()).toEqual(published);
  });
});

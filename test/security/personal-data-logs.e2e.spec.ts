import { JsonLogger } from '@ia/platform';
import { firstHalf } from '../e2e/support/lifecycle';
import { SuiteDriver } from '../e2e/support/suite-driver';

jest.setTimeout(120_000);

/** Personal data the first half of a project's life sends, and some that hostile or mistaken requests send. */
const PERSONAL = ['13812345678', '李明', '430381197502030020', '王建国', '13987654321', '430381197502030021', '赵小红'];

describe('personal data never reaches the logs', () => {
  const lines: string[] = [];
  let suite: SuiteDriver;

  beforeAll(async () => {
    suite = await SuiteDriver.start('2026-02-09', { logger: new JsonLogger('debug', 'suite', (line) => lines.push(line)) });
  });
  afterAll(() => suite.stop());

  it('logs every request of a project’s life at debug level, and none of the contacts or applicants it carried', async () => {
    const project = await firstHalf(suite);
    const http = suite.app.http;
    // A contact the promoter sees whole: the data really went through the suite.
    const lead = await http.get(`/api/v1/leads/${project.leadId}`).set(suite.app.as('promoter')).expect(200);
    expect(lead.body.contactPhone).toBe('13812345678');
    // Refused requests carrying personal data: a malformed field, a wrong ID number, a role that may not write.
    await http
      .post('/api/v1/leads')
      .set(suite.app.as('promoter'))
      .send({ contactPerson: '赵小红', contactPhone: '13987654321', parkId: 12 })
      .expect(400);
    const items = (await http.get(`/api/v1/projects/${project.projectId}/approvals`).set(suite.app.as('agent')).expect(200)).body
      .items as Array<{ id: string }>;
    const wrongId = await http
      .post(`/api/v1/approvals/${items[0]!.id}/intake`)
      .set(suite.app.as('agent'))
      .send({
        receivedOn: '2026-03-02',
        formReference: 'F-1',
        applicantName: '赵小红',
        applicantIdNumber: '430381197502030021',
        materialCodes: [],
      })
      .expect(400);
    expect(JSON.stringify(wrongId.body)).not.toContain('430381197502030021');
    await http.post('/api/v1/leads').set(suite.app.as('auditor')).send({ contactPerson: '赵小红' }).expect(403);

    const requests = lines.filter((line) => line.includes('"message":"request"'));
    expect(requests.length).toBeGreaterThan(50);
    expect(PERSONAL.filter((value) => lines.some((line) => line.includes(value)))).toEqual([]);
  });
});

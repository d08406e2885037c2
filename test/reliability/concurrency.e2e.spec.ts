import { createTestApp, type TestApp } from '@ia/testing';
import { SUITE_CONTEXTS } from '../../services/suite/src/contexts';

const WRITERS = 24;

describe('many clients writing to the same lead at once', () => {
  let test: TestApp;
  let leadId: string;
  beforeAll(async () => {
    test = await createTestApp(SUITE_CONTEXTS);
    const created = await test.http
      .post('/api/v1/leads')
      .set(test.as('promoter', 'alice'))
      .send({
        parkId: 'xiangxiang-edz',
        companyName: '湖南并发测试电气有限公司',
        industrySection: 'C',
        industryDivision: '38',
        source: 'walk_in_or_phone',
        contactPerson: '李经理',
        contactPhone: '13912345678',
        intendedInvestment: 80_000_000,
        landDemandMu: 40,
        expectedJobs: 200,
        expectedAnnualOutput: 120_000_000,
        expectedAnnualTax: 5_000_000,
      })
      .expect(201);
    leadId = created.body.id;
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  const followUp = (writer: number, ifMatch?: string) => {
    const request = test.http.post(`/api/v1/leads/${leadId}/follow-ups`).set(test.as('promoter', `writer-${writer}`));
    if (ifMatch !== undefined) request.set('If-Match', ifMatch);
    return request.send({ channel: 'phone', summary: `第 ${writer} 次电话跟进` });
  };
  const recorded = async () => (await test.engines.store.readStream(`lead-${leadId}`)).filter((event) => event.type === 'FollowUpRecorded');

  it('loses no update: every write either lands or is refused with a conflict, and the count matches', async () => {
    const before = (await recorded()).length;
    const responses = await Promise.all(Array.from({ length: WRITERS }, (_, writer) => followUp(writer)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status !== 200 && status !== 409)).toEqual([]);
    for (const refused of responses.filter((response) => response.status === 409))
      expect(refused.body.code).toBe('STREAM.CONCURRENCY_CONFLICT');
    const landed = statuses.filter((status) => status === 200).length;
    expect(landed).toBeGreaterThan(0);
    expect((await recorded()).length - before).toBe(landed);
    const summaries = new Set((await recorded()).map((event) => (event.data as { summary: string }).summary));
    expect(summaries.size).toBe((await recorded()).length);
  });

  it('lets exactly one of the clients that saw the same revision win, and tells the others 412', async () => {
    const revision = (await test.engines.store.readStream(`lead-${leadId}`)).length - 1;
    const responses = await Promise.all(Array.from({ length: 8 }, (_, writer) => followUp(100 + writer, `"${revision}"`)));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 412, 412, 412, 412, 412, 412, 412]);
    const refused = responses.find((response) => response.status === 412);
    expect(refused?.body).toMatchObject({ code: 'STREAM.REVISION_MISMATCH', currentRevision: revision + 1 });
    const retried = await followUp(200, `"${refused?.body.currentRevision as number}"`);
    expect(retried.status).toBe(200);
  });
});

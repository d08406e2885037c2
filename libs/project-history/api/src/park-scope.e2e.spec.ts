import { createTestApp, fixedClock, newEvent, type TestApp } from '@ia/testing';
import { ProjectHistoryModule } from './project-history.module';

const XIANGXIANG = 'xiangxiang-edz';
const QINCHUAN = 'lanzhou-qinchuan';
const signedProject = '0193a1f0-0000-7000-8000-000000000021';
const leadOnlyProject = '0193a1f0-0000-7000-8000-000000000022';
const unplacedProject = '0193a1f0-0000-7000-8000-000000000023';
const unknownProject = '0193a1f0-0000-7000-8000-00000000ffff';
const leadOf = (projectId: string) => `${projectId.slice(0, -3)}a${projectId.slice(-2)}`;

const READS = ['history', 'history/export', 'state', 'figures', 'integrity', 'access-log'];

describe('project history, park by park', () => {
  let test: TestApp;
  const xiangxiang = () => test.as('auditor', 'xia', [XIANGXIANG]);
  const qinchuan = () => test.as('auditor', 'qin', [QINCHUAN]);
  const county = () => test.as('auditor', 'county');
  const read = (projectId: string, path: string, holder: { Authorization: string }) =>
    test.http.get(`/api/v1/projects/${projectId}/${path}`).set(holder);

  /** A lead registered in `leadPark`, then signed as a project; the signing names `signingPark` if given. */
  async function record(projectId: string, leadPark: string | undefined, signingPark: string | undefined): Promise<void> {
    const leadId = leadOf(projectId);
    const at = { occurredAt: '2026-03-02T02:00:00.000Z' };
    await test.engines.store.appendToStream(
      `lead-${leadId}`,
      [
        newEvent(
          'LeadRegistered',
          { leadId, companyName: '湖南星辰电气有限公司', ...(leadPark && { parkId: leadPark }) },
          { leadId, ...at },
        ),
      ],
      { expectedRevision: 'no_stream' },
    );
    await test.engines.store.appendToStream(
      `agreement-${projectId}`,
      [
        newEvent(
          'AgreementSigned',
          { agreementId: projectId, projectId, signedOn: '2026-03-02', ...(signingPark && { parkId: signingPark }) },
          { leadId, projectId, ...at },
        ),
      ],
      { expectedRevision: 'no_stream' },
    );
  }

  beforeAll(async () => {
    test = await createTestApp([ProjectHistoryModule], { clock: fixedClock('2026-05-06T02:00:00Z') });
    await record(signedProject, XIANGXIANG, XIANGXIANG);
    await record(leadOnlyProject, QINCHUAN, undefined);
    await record(unplacedProject, undefined, undefined);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('refuses another park’s token every read of the project, before validation, and records no view', async () => {
    const before = await test.engines.store.headPosition();
    for (const path of READS) {
      const response = await read(signedProject, path, qinchuan()).expect(403);
      expect(response.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    }
    const invalid = await read(signedProject, 'state?validAt=15/04/2026', qinchuan()).expect(403);
    expect(invalid.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    expect(await test.engines.store.headPosition()).toBe(before);
  });

  it('lets the project’s own park and the county read it', async () => {
    for (const holder of [xiangxiang(), county()]) {
      for (const path of READS) await read(signedProject, path, holder).expect(200);
    }
    const state = await read(signedProject, 'state', xiangxiang()).expect(200);
    expect(state.body.project).toMatchObject({ parkId: XIANGXIANG });
    const log = await read(signedProject, 'access-log', county()).expect(200);
    expect(new Set(log.body.items.map((item: { actor: { id: string } }) => item.actor.id))).toEqual(new Set(['xia', 'county']));
  });

  it('finds the park through the project’s lead when the signing does not name it', async () => {
    await read(leadOnlyProject, 'history', qinchuan()).expect(200);
    const refused = await read(leadOnlyProject, 'history', xiangxiang()).expect(403);
    expect(refused.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
  });

  it('refuses park-scoped tokens a project whose park no fact names, rather than guess one', async () => {
    for (const holder of [xiangxiang(), qinchuan()]) {
      const response = await read(unplacedProject, 'state', holder).expect(403);
      expect(response.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    }
    await read(unplacedProject, 'state', county()).expect(200);
  });

  it('answers an unknown or malformed project as it would anyone', async () => {
    expect((await read(unknownProject, 'history', qinchuan()).expect(404)).body.code).toBe('PROJECT.NOT_FOUND');
    const malformed = await read('not-a-project', 'history', qinchuan()).expect(400);
    expect(malformed.body.code).toBe((await read('not-a-project', 'history', county()).expect(400)).body.code);
  });

  it('gives a park’s figures only to those who work for it, with nothing of other parks', async () => {
    const figures = (parkId: string, holder: { Authorization: string }) => test.http.get('/api/v1/figures').query({ parkId }).set(holder);
    const refused = await figures(XIANGXIANG, qinchuan()).expect(403);
    expect(refused.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    const own = await figures(QINCHUAN, qinchuan()).expect(200);
    expect(own.body.items.map((item: { projectId: string }) => item.projectId)).not.toContain(signedProject);
    for (const holder of [xiangxiang(), county()]) {
      const response = await figures(XIANGXIANG, holder).expect(200);
      expect(response.body.items.map((item: { projectId: string }) => item.projectId)).toEqual([signedProject]);
    }
  });
});

import { createTestApp, newEvent, type TestApp } from '@ia/testing';
import type { SqliteEventStore } from '@ia/adapters/sqlite';
import { ProjectHistoryModule } from './project-history.module';

const projectId = '0193a1f0-0000-7000-8000-000000000001';
const leadId = '0193a1f0-0000-7000-8000-0000000000aa';

describe('project history over HTTP', () => {
  let test: TestApp;
  let times: string[];

  beforeAll(async () => {
    test = await createTestApp([ProjectHistoryModule]);
    test.runtime.describeEvents('lead-intake', { LeadLogged: { zh: '登记招商线索', en: 'Lead logged' } });
    const store = test.engines.store;
    const promoter = { actor: { id: 'alice', role: 'promoter' as const } };
    // asOf compares record times to the millisecond: each append must land in a later millisecond than the last.
    const nextMillisecond = () => new Promise((resolve) => setTimeout(resolve, 5));
    await store.appendToStream(
      `lead-${leadId}`,
      [newEvent('LeadLogged', { companyName: '湖南星辰电气有限公司' }, { ...promoter, leadId, occurredAt: '2026-01-05T02:00:00.000Z' })],
      { expectedRevision: 'no_stream' },
    );
    await nextMillisecond();
    await store.appendToStream(
      `agreement-${projectId}`,
      [newEvent('AgreementSigned', { signedOn: '2026-03-02' }, { ...promoter, leadId, projectId, occurredAt: '2026-03-02T02:00:00.000Z' })],
      { expectedRevision: 'no_stream' },
    );
    await nextMillisecond();
    // A fact entered months after it happened: the history must mark it.
    await store.appendToStream(
      `approval-${projectId}`,
      [
        newEvent(
          'ItemGranted',
          { item: 'business_registration' },
          { actor: { id: 'bob', role: 'agent' }, projectId, occurredAt: '2026-03-02T06:00:00.000Z', reason: '补录' },
        ),
      ],
      { expectedRevision: 'no_stream' },
    );
    await nextMillisecond();
    await store.appendToStream('unrelated-1', [newEvent('Other')], { expectedRevision: 'no_stream' });
    times = (await store.readAll()).map((event) => event.recordedAt);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('replays the project with its lead, in business order, with descriptions, times, actors and reasons', async () => {
    const response = await test.http.get(`/api/v1/projects/${projectId}/history`).set(test.as('auditor', 'carol')).expect(200);
    expect(response.body).toMatchObject({ projectId, total: 3, offset: 0 });
    const items = response.body.items as Array<Record<string, unknown>>;
    expect(items.map((item) => item['type'])).toEqual(['LeadLogged', 'AgreementSigned', 'ItemGranted']);
    expect(items[0]).toMatchObject({
      service: 'lead-intake',
      description: { zh: '登记招商线索', en: 'Lead logged' },
      actor: { id: 'alice', role: 'promoter' },
      lateEntry: true,
    });
    expect(items[2]).toMatchObject({ reason: '补录', streamName: `approval-${projectId}`, occurredAt: '2026-03-02T06:00:00.000Z' });
    expect(response.body.lateEntries).toBe(3);
  });

  it('answers asOf with only what had been recorded and validAt with what had happened by a date', async () => {
    const asOf = await test.http.get(`/api/v1/projects/${projectId}/history`).query({ asOf: times[1] }).set(test.as('auditor')).expect(200);
    expect(asOf.body.items.map((item: { type: string }) => item.type)).toEqual(['LeadLogged', 'AgreementSigned']);
    const validAt = await test.http
      .get(`/api/v1/projects/${projectId}/history`)
      .query({ validAt: '2026-02-01' })
      .set(test.as('auditor'))
      .expect(200);
    expect(validAt.body.items.map((item: { type: string }) => item.type)).toEqual(['LeadLogged']);
  });

  it('filters by service and pages', async () => {
    const response = await test.http
      .get(`/api/v1/projects/${projectId}/history`)
      .query({ service: 'approval,agreement', limit: 1, offset: 1 })
      .set(test.as('leader'))
      .expect(200);
    expect(response.body).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(response.body.items.map((item: { type: string }) => item.type)).toEqual(['ItemGranted']);
  });

  it('refuses bad queries, unknown projects and roles without access', async () => {
    expect(
      (await test.http.get(`/api/v1/projects/${projectId}/history`).query({ asOf: 'yesterday' }).set(test.as('auditor')).expect(400)).body
        .code,
    ).toBe('REQUEST.VALIDATION_FAILED');
    expect(
      (await test.http.get(`/api/v1/projects/${projectId}/history`).query({ limit: 5000 }).set(test.as('auditor')).expect(400)).body.code,
    ).toBe('REQUEST.VALIDATION_FAILED');
    expect(
      (await test.http.get('/api/v1/projects/0193a1f0-0000-7000-8000-00000000ffff/history').set(test.as('auditor')).expect(404)).body.code,
    ).toBe('PROJECT.NOT_FOUND');
    await test.http.get('/api/v1/projects/not-a-uuid/history').set(test.as('auditor')).expect(400);
    await test.http.get(`/api/v1/projects/${projectId}/history`).set(test.as('promoter')).expect(403);
  });

  it('exports CSV with a byte-order mark and JSON', async () => {
    const csv = await test.http
      .get(`/api/v1/projects/${projectId}/history/export`)
      .query({ format: 'csv' })
      .set(test.as('auditor'))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const body = csv.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('登记招商线索');
    expect(csv.headers['content-disposition']).toContain(`project-${projectId}-history.csv`);
    const json = await test.http.get(`/api/v1/projects/${projectId}/history/export`).set(test.as('auditor')).expect(200);
    expect(JSON.parse(json.text).items).toHaveLength(3);
  });

  it('verifies the integrity of every stream, then names the event whose stored bytes changed', async () => {
    const valid = await test.http.get(`/api/v1/projects/${projectId}/integrity`).set(test.as('auditor')).expect(200);
    expect(valid.body).toMatchObject({ valid: true, streams: 3, events: 3, message: { zh: '全部 3 个事件校验通过' } });
    const database = (test.engines.store as SqliteEventStore).database;
    const target = (await test.engines.store.readStream(`agreement-${projectId}`))[0]!;
    database.prepare("UPDATE events SET data = replace(data, '2026-03-02', '2026-03-01') WHERE event_id = ?").run(target.eventId);
    const tampered = await test.http.get(`/api/v1/projects/${projectId}/integrity`).set(test.as('auditor')).expect(200);
    expect(tampered.body).toMatchObject({
      valid: false,
      failure: { eventId: target.eventId, streamName: `agreement-${projectId}`, reason: 'HASH_MISMATCH' },
    });
  });

  it('records every read by an auditor, without changing the project’s history', async () => {
    const log = await test.http.get(`/api/v1/projects/${projectId}/access-log`).set(test.as('admin')).expect(200);
    const carol = (log.body.items as Array<{ actor: { id: string }; view: string }>).filter((item) => item.actor.id === 'carol');
    expect(carol.map((item) => item.view)).toEqual(['history']);
    expect((log.body.items as Array<{ view: string }>).map((item) => item.view)).toEqual(
      expect.arrayContaining(['history', 'export', 'integrity']),
    );
    const leaderViews = (log.body.items as Array<{ actor: { role: string } }>).filter((item) => item.actor.role === 'leader');
    expect(leaderViews).toEqual([]);
    const history = await test.http.get(`/api/v1/projects/${projectId}/history`).set(test.as('admin')).expect(200);
    expect(history.body.total).toBe(3);
  });
});

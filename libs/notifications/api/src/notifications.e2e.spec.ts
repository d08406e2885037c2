import { LeadIntakeModule } from '@ia/lead-intake/api';
import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { NotificationsModule } from './notifications.module';
import { startMailbox, startRobots } from './test-support/receivers';

const PARK = 'xiangxiang-edz';
const SECRETS = { wecomKey: 'wecom-key-7f3a91', dingTalkToken: 'ding-token-55c2', dingTalkSecret: 'SEC4d1f0e9b2a77c6' };
const RECIPIENT = 'zhaoshang@park.test';
const DIGEST_ADDRESS = 'alice.li@park.test';

const lead = {
  parkId: PARK,
  companyName: '湘乡星辰电气有限公司',
  industrySection: 'C',
  industryDivision: '38',
  source: 'walk_in_or_phone',
  contactPerson: '王经理',
  contactPhone: '13812345678',
  intendedInvestment: 50_000_000,
  landDemandMu: 30,
  expectedJobs: 120,
  expectedAnnualOutput: 80_000_000,
  expectedAnnualTax: 3_000_000,
  promoterId: 'alice',
};

describe('reminders where staff are: WeCom and DingTalk group robots and e-mail, against local receivers', () => {
  const clock = fixedClock('2026-03-02T02:00:00.000Z');
  const logs: string[] = [];
  let test: TestApp;
  let robots: Awaited<ReturnType<typeof startRobots>>;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;

  beforeAll(async () => {
    robots = await startRobots(SECRETS);
    mailbox = await startMailbox();
    const record = (...parts: unknown[]) => void logs.push(JSON.stringify(parts));
    test = await createTestApp([LeadIntakeModule, NotificationsModule], {
      clock,
      environment: { IA_REMINDERS: 'off', IA_SMTP_URL: mailbox.url, IA_SMTP_FROM: 'ia-suite@park.test' },
      logger: { log: record, error: record, warn: record, debug: record, verbose: record },
    });
  });
  afterAll(async () => {
    await test.close();
    test.remove();
    await robots.close();
    await mailbox.close();
  });

  const sweep = async () =>
    (await test.http.post('/api/v1/notifications/sweeps').set(test.as('admin')).expect(201)).body as Record<string, number>;
  const deliveries = async () =>
    (
      (await test.http.get('/api/v1/notifications/deliveries').set(test.as('admin')).expect(200)).body as {
        items: Array<Record<string, unknown>>;
      }
    ).items;

  it('keeps channel secrets sealed: not in answers, not in the event log, not in logs', async () => {
    const admin = test.as('admin', 'admin-zhou', [PARK]);
    await test.http
      .put(`/api/v1/notifications/parks/${PARK}/channels/wecom-1`)
      .set(admin)
      .send({ kind: 'wecom', name: '招商服务群', webhook: robots.wecomWebhook })
      .expect(200);
    await test.http
      .put(`/api/v1/notifications/parks/${PARK}/channels/dingtalk-1`)
      .set(admin)
      .send({ kind: 'dingtalk', name: '项目调度群', webhook: robots.dingTalkWebhook, signingSecret: SECRETS.dingTalkSecret })
      .expect(200);
    await test.http
      .put(`/api/v1/notifications/parks/${PARK}/channels/mail-1`)
      .set(admin)
      .send({ kind: 'email', name: '招商局邮箱', recipients: [RECIPIENT] })
      .expect(200);
    const bad = await test.http
      .put(`/api/v1/notifications/parks/${PARK}/channels/ding-2`)
      .set(admin)
      .send({ kind: 'dingtalk', name: '缺密钥', webhook: robots.dingTalkWebhook });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    await test.http
      .put(`/api/v1/notifications/parks/${PARK}/channels/x`)
      .set(test.as('admin', 'other', ['other-park']))
      .send({})
      .expect(403);

    const listed = await test.http.get(`/api/v1/notifications/parks/${PARK}/channels`).set(admin).expect(200);
    expect(listed.body.items).toEqual(
      expect.arrayContaining([
        { parkId: PARK, channelId: 'wecom-1', kind: 'wecom', name: '招商服务群', shownAs: new URL(robots.wecomWebhook).host },
        expect.objectContaining({ channelId: 'mail-1', shownAs: '1 个收件地址' }),
      ]),
    );
    const log = JSON.stringify(await test.engines.store.readAll());
    for (const secret of [...Object.values(SECRETS), RECIPIENT]) {
      expect(JSON.stringify(listed.body)).not.toContain(secret);
      expect(log).not.toContain(secret);
    }
  });

  it('pushes an overdue lead response once to every channel and the promoter’s digest, and records each delivery', async () => {
    await test.http
      .put(`/api/v1/notifications/parks/${PARK}/digest`)
      .set(test.as('promoter', 'alice', [PARK]))
      .send({ email: DIGEST_ADDRESS })
      .expect(200);
    await test.http
      .post('/api/v1/leads')
      .set(test.as('promoter', 'alice', [PARK]))
      .send(lead)
      .expect(201);
    await test.runtime.reactionsAt(await test.engines.store.headPosition());

    clock.set('2026-03-03T02:00:00.000Z'); // Tuesday 10:00: the first response is due today, not yet late.
    expect(await sweep()).toEqual({ raised: 0, digests: 0, sent: 0 });
    clock.set('2026-03-04T02:00:00.000Z'); // Wednesday: a working day past it.
    expect(await sweep()).toEqual({ raised: 1, digests: 1, sent: 4 });
    expect(await sweep()).toEqual({ raised: 0, digests: 0, sent: 0 });

    expect(robots.calls.map((call) => [call.robot, call.verified])).toEqual([
      ['wecom', true],
      ['dingtalk', true],
    ]);
    expect(robots.calls[1]?.timestamp).toBe(Date.parse('2026-03-04T02:00:00.000Z'));
    expect(robots.calls[0]?.body.markdown['content']).toContain('【已逾期】线索首次响应');
    expect(robots.calls[0]?.body.markdown['content']).toContain('湘乡星辰电气有限公司');
    expect(robots.calls[0]?.body.markdown['content']).not.toContain('13812345678');
    expect(mailbox.received.map((mail) => mail.to)).toEqual(expect.arrayContaining([[RECIPIENT], [DIGEST_ADDRESS]]));
    const digest = mailbox.received.find((mail) => mail.to.includes(DIGEST_ADDRESS));
    expect(digest?.data).toMatch(/Subject: =\?UTF-8\?/);

    const recorded = await deliveries();
    expect(recorded).toHaveLength(4);
    expect(recorded.every((delivery) => delivery['status'] === 'sent' && delivery['attempts'] === 1)).toBe(true);
    expect(JSON.stringify(recorded)).not.toContain(DIGEST_ADDRESS);
    const due = await test.http
      .get('/api/v1/notifications/due-items')
      .set(test.as('promoter', 'alice', [PARK]))
      .expect(200);
    expect(due.body.items.map((item: { key: string; stage: string }) => `${item.key}:${item.stage}`)).toEqual(['first_response:overdue']);
  });

  it('retries a failed delivery with back-off, and shows the failure and the retry to administrators', async () => {
    robots.failNext(1);
    clock.set('2026-03-06T02:00:00.000Z'); // Friday: the assessment (3 working days) is late too.
    // Four deliveries: three channels and Alice's digest of the day; WeCom fails once.
    expect(await sweep()).toEqual({ raised: 1, digests: 1, sent: 3 });
    const failing = (await deliveries()).find((delivery) => delivery['status'] === 'pending');
    expect(failing).toMatchObject({ channelId: 'wecom-1', attempts: 1, lastError: 'HTTP 500', nextAttemptAt: '2026-03-06T02:01:00.000Z' });

    clock.set('2026-03-06T02:00:30.000Z');
    expect((await sweep()).sent).toBe(0);
    clock.set('2026-03-06T02:01:00.000Z');
    expect((await sweep()).sent).toBe(1);
    const retried = (await deliveries()).find((delivery) => delivery['deliveryId'] === failing?.['deliveryId']);
    expect(retried).toMatchObject({ status: 'sent', attempts: 2 });
    const attempts = (await test.engines.store.readStream(`delivery-${String(failing?.['deliveryId'])}`)).map((event) => event.type);
    expect(attempts).toEqual(['DeliveryFailed', 'DeliverySent']);
    expect(robots.calls.filter((call) => call.robot === 'wecom')).toHaveLength(2);
  });

  it('never writes a secret or an address into the logs', () => {
    const written = logs.join('\n');
    for (const secret of [...Object.values(SECRETS), RECIPIENT, DIGEST_ADDRESS]) expect(written).not.toContain(secret);
  });
});

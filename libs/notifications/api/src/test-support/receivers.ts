import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface RobotCall {
  readonly robot: 'wecom' | 'dingtalk';
  readonly verified: boolean;
  readonly body: { readonly msgtype: string; readonly markdown: Record<string, string> };
  readonly timestamp?: number;
}

/**
 * Stands in for the WeCom and DingTalk robot servers on the loopback address: it checks the WeCom key and
 * DingTalk's signature (HMAC-SHA256 of `timestamp\nsecret`, Base64, URL-encoded) as they do, and answers
 * as they do. `failNext` makes the next calls fail with HTTP 500, as a robot server may.
 */
export async function startRobots(credentials: {
  readonly wecomKey: string;
  readonly dingTalkToken: string;
  readonly dingTalkSecret: string;
}) {
  const calls: RobotCall[] = [];
  let failures = 0;
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const answer = (status: number, body: unknown) =>
        response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      if (failures > 0) {
        failures -= 1;
        return answer(500, { errcode: -1, errmsg: 'system busy' });
      }
      const body = JSON.parse(raw) as RobotCall['body'];
      if (url.pathname === '/cgi-bin/webhook/send') {
        const verified = url.searchParams.get('key') === credentials.wecomKey;
        calls.push({ robot: 'wecom', verified, body });
        return answer(200, verified ? { errcode: 0, errmsg: 'ok' } : { errcode: 93000, errmsg: 'invalid webhook url' });
      }
      if (url.pathname === '/robot/send') {
        const timestamp = Number(url.searchParams.get('timestamp'));
        const expected = createHmac('sha256', credentials.dingTalkSecret)
          .update(`${timestamp}\n${credentials.dingTalkSecret}`)
          .digest('base64');
        const verified = url.searchParams.get('access_token') === credentials.dingTalkToken && url.searchParams.get('sign') === expected;
        calls.push({ robot: 'dingtalk', verified, body, timestamp });
        return answer(200, verified ? { errcode: 0, errmsg: 'ok' } : { errcode: 310000, errmsg: 'sign not match' });
      }
      return answer(404, { errcode: 404, errmsg: 'not found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    calls,
    wecomWebhook: `${base}/cgi-bin/webhook/send?key=${credentials.wecomKey}`,
    dingTalkWebhook: `${base}/robot/send?access_token=${credentials.dingTalkToken}`,
    failNext(count: number) {
      failures = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedMail {
  readonly to: readonly string[];
  readonly data: string;
}

/** An SMTP server on the loopback address that keeps what it is sent. */
export async function startMailbox() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((recipient) => recipient.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

import { createHmac } from 'node:crypto';

const TIMEOUT_MILLISECONDS = 10_000;

export interface Message {
  readonly title: string;
  readonly text: string;
}

/**
 * DingTalk's signature of a robot call: HMAC-SHA256 keyed with the robot's secret over `timestamp\nsecret`
 * (the timestamp in milliseconds), Base64, then URL-encoded; the robot refuses one more than an hour old.
 */
export function dingTalkSignature(timestamp: number, secret: string): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
  return encodeURIComponent(digest);
}

export function signedDingTalkUrl(webhook: string, secret: string, timestamp: number): string {
  return `${webhook}${webhook.includes('?') ? '&' : '?'}timestamp=${timestamp}&sign=${dingTalkSignature(timestamp, secret)}`;
}

/** A WeCom group robot: the key in its webhook address is the credential; a markdown message. */
export function sendToWeCom(webhook: string, message: Message): Promise<void> {
  return post(webhook, { msgtype: 'markdown', markdown: { content: `**${message.title}**\n${message.text}` } });
}

/** A DingTalk group robot with signing ("加签") switched on. */
export function sendToDingTalk(webhook: string, secret: string, message: Message, now: number): Promise<void> {
  return post(signedDingTalkUrl(webhook, secret, now), {
    msgtype: 'markdown',
    markdown: { title: message.title, text: `#### ${message.title}\n\n${message.text.split('\n').join('\n\n')}` },
  });
}

/** Both robots answer HTTP 200 with `errcode` 0 on success; anything else is a failure to retry. */
async function post(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MILLISECONDS),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  let answer: { errcode?: unknown; errmsg?: unknown };
  try {
    answer = JSON.parse(text) as { errcode?: unknown; errmsg?: unknown };
  } catch {
    throw new Error('the robot did not answer JSON');
  }
  if (answer.errcode !== 0) throw new Error(`robot error ${String(answer.errcode)}: ${String(answer.errmsg).slice(0, 200)}`);
}

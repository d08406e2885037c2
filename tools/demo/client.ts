import type { Role } from '@ia/kernel';
import { loadConfiguration, signToken } from '@ia/platform';

export type Body = Record<string, unknown>;

const PATIENCE_MILLISECONDS = 30_000;
const POLL_MILLISECONDS = 100;

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** The suite over plain HTTP, as its users reach it: a development token per person, JSON in and out. */
export class DemoClient {
  private readonly tokens = new Map<string, string>();
  private readonly jwt = loadConfiguration(process.env).jwt;

  constructor(readonly baseUrl: string) {}

  async send(method: 'GET' | 'POST' | 'PUT', path: string, person: readonly [Role, string], body?: Body): Promise<Body> {
    const response = await this.request(method, path, person, body);
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return text === '' ? {} : (JSON.parse(text) as Body);
  }

  post(path: string, person: readonly [Role, string], body: Body): Promise<Body> {
    return this.send('POST', path, person, body);
  }

  put(path: string, person: readonly [Role, string], body: Body): Promise<Body> {
    return this.send('PUT', path, person, body);
  }

  get(path: string, person: readonly [Role, string]): Promise<Body> {
    return this.send('GET', path, person);
  }

  /** Another service learns of a fact through the bus: ask until it shows, within a patience limit. */
  async until(what: string, path: string, person: readonly [Role, string], ready: (body: Body) => boolean): Promise<Body> {
    const deadline = Date.now() + PATIENCE_MILLISECONDS;
    for (;;) {
      const response = await this.request('GET', path, person);
      if (response.ok) {
        const body = (await response.json()) as Body;
        if (ready(body)) return body;
      }
      if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what} (${path})`);
      await pause(POLL_MILLISECONDS);
    }
  }

  /** A 429 says when to come back: the demo waits that long rather than fail. */
  private async request(method: string, path: string, [role, user]: readonly [Role, string], body?: Body): Promise<Response> {
    for (;;) {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: { Authorization: `Bearer ${this.token(role, user)}`, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      if (response.status !== 429) return response;
      await pause(Number(response.headers.get('retry-after') ?? '1') * 1000);
    }
  }

  private token(role: Role, user: string): string {
    const key = `${role}:${user}`;
    const known = this.tokens.get(key);
    if (known !== undefined) return known;
    const token = signToken({ user, role }, this.jwt);
    this.tokens.set(key, token);
    return token;
  }
}

import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { Providers } from '../app/providers';

/** A component inside the console's providers and a router, with a query client that does not retry. */
export function renderInConsole(element: ReactElement, { path = '/' }: { readonly path?: string } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return {
    client,
    ...render(
      <Providers client={client}>
        <MemoryRouter initialEntries={[path]}>{element}</MemoryRouter>
      </Providers>,
    ),
  };
}

/** Answers fetch calls from a table of `METHOD path` → [status, body]; records what was sent. */
export function fakeFetch(answers: Readonly<Record<string, readonly [number, unknown, Record<string, string>?]>>) {
  const calls: Array<{ method: string; url: string; headers: Record<string, string>; body?: unknown }> = [];
  const fetch = jest.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    calls.push({
      method,
      url,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    });
    const answer = answers[`${method} ${url.split('?')[0]}`];
    const [status, body, headers = {}] = answer ?? [404, { code: 'TEST.NO_ANSWER' }];
    return {
      status,
      ok: status >= 200 && status < 300,
      json: async () => body,
      headers: { get: (name: string) => headers[name] ?? null },
    };
  });
  global.fetch = fetch as unknown as typeof global.fetch;
  return { fetch, calls };
}

import { ApiProblem, networkProblem, problemFrom } from './problem';
import type { Answer, ApiPath, Method, PathParameters, QueryOf, RequestBody } from './types';

const UNSAFE: ReadonlySet<Method> = new Set(['post', 'put', 'patch', 'delete']);

type Options<P extends ApiPath, M extends Method> = {
  readonly params?: PathParameters<P, M>;
  readonly query?: QueryOf<P, M>;
  readonly body?: RequestBody<P, M>;
  readonly signal?: AbortSignal;
};

let unauthenticated: () => void = () => undefined;

/** The app learns here that the session ended (expired, signed out elsewhere) and shows the sign-in page. */
export function onUnauthenticated(listener: () => void): void {
  unauthenticated = listener;
}

export function urlOf(path: string, params: object = {}, query: object = {}): string {
  const values = params as Record<string, string>;
  const filled = path.replace(/\{(\w+)\}/g, (_whole, name: string) => encodeURIComponent(values[name] ?? ''));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, string | number | boolean | undefined>)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? filled : `${filled}?${text}`;
}

/**
 * Every request the console makes: the session cookie rides along (same origin), and every unsafe method
 * carries X-IA-Console, which a cross-site page cannot send without a preflight the suite never allows.
 */
export function api<P extends ApiPath, M extends Method>(method: M, path: P, options: Options<P, M> = {}): Promise<Answer<P, M>> {
  return request(method, urlOf(path, options.params ?? {}, options.query ?? {}), options.body, options.signal) as Promise<Answer<P, M>>;
}

/** The untyped core of `api`, for a path the OpenAPI document does not describe yet. */
export async function request(method: Method, url: string, payload?: unknown, signal?: AbortSignal): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (UNSAFE.has(method)) headers['X-IA-Console'] = '1';
  if (payload !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method: method.toUpperCase(),
      headers,
      credentials: 'same-origin',
      ...(payload !== undefined && { body: JSON.stringify(payload) }),
      ...(signal && { signal }),
    });
  } catch (error) {
    throw networkProblem(error);
  }
  const body: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (response.ok) return body;
  const problem = problemFrom(response.status, body);
  const retryAfter = response.headers.get('Retry-After');
  if (retryAfter !== null && problem.extra['retryAfterSeconds'] === undefined) {
    throw new ApiProblem(problem.status, problem.code, problem.title, problem.detail, problem.errors, {
      ...problem.extra,
      retryAfterSeconds: Number(retryAfter),
    });
  }
  if (response.status === 401 && !url.startsWith('/api/v1/session')) unauthenticated();
  throw problem;
}

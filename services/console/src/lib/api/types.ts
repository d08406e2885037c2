import type { paths } from './schema';

/** Typed views of the generated OpenAPI declarations: the console writes no request or answer type by hand. */
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type ApiPath = keyof paths;

type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<Part> = Part extends { content: { 'application/json': infer Body } } ? Body : undefined;

export type RequestBody<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { requestBody?: infer Body } ? JsonOf<NonNullable<Body>> : undefined;

export type Answer<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { responses: infer Responses }
    ? 200 extends keyof Responses
      ? JsonOf<Responses[200]>
      : 201 extends keyof Responses
        ? JsonOf<Responses[201]>
        : undefined
    : never;

export type QueryOf<P extends ApiPath, M extends Method> = Operation<P, M> extends { parameters: { query?: infer Query } } ? Query : never;

export type PathParameters<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { parameters: { path: infer Parameters } } ? Parameters : Record<string, never>;

/** One element of a list-shaped answer field, e.g. `Item<Answer<'/api/v1/leads', 'get'>['items']>`. */
export type Item<List> = NonNullable<List> extends ReadonlyArray<infer Element> ? Element : never;

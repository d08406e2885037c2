/** An RFC 9457 problem as the suite answers it: a Chinese title, an English detail and a stable code. */
export interface FieldProblem {
  readonly field: string;
  readonly code?: string;
  readonly title?: string;
  readonly detail?: string;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly errors: readonly FieldProblem[] = [],
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(`${code}: ${detail}`);
  }
}

const NETWORK = 'NETWORK.UNREACHABLE';

export function networkProblem(error: unknown): ApiProblem {
  return new ApiProblem(0, NETWORK, '', error instanceof Error ? error.message : String(error));
}

export function isProblem(error: unknown, code?: string): error is ApiProblem {
  return error instanceof ApiProblem && (code === undefined || error.code === code);
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

/** Whatever the body holds, the console gets a problem with a code it can show. */
export function problemFrom(status: number, body: unknown): ApiProblem {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const errors = Array.isArray(record['errors'])
    ? (record['errors'] as unknown[]).flatMap((entry) => {
        const item = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
        const field = text(item['field']);
        // The platform's validation names each field with its messages; other refusals give a title and detail.
        const messages = Array.isArray(item['messages']) ? (item['messages'] as unknown[]).map((message) => text(message)).join('; ') : '';
        return field === ''
          ? []
          : [
              {
                field,
                code: text(item['code']),
                title: text(item['title']),
                detail: text(item['detail'], messages),
              } satisfies FieldProblem,
            ];
      })
    : [];
  const { type: _type, title, detail, status: _status, code, errors: _errors, ...extra } = record;
  return new ApiProblem(status, text(code, `HTTP.${status}`), text(title), text(detail), errors, extra);
}

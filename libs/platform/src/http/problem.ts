/** RFC 9457 problem details, with a stable code and the title in Simplified Chinese. */
export interface ProblemBody {
  /** Simplified Chinese, for the people who use the suite. */
  readonly title: string;
  /** English, for the same people and for developers. */
  readonly detail: string;
  readonly status: number;
  readonly code: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

export interface ProblemDetails extends ProblemBody {
  readonly type: string;
  readonly instance?: string;
  readonly requestId?: string;
}

export interface FieldError {
  readonly field: string;
  readonly messages: readonly string[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function problemType(code: string): string {
  return `urn:ia-suite:problem:${code}`;
}

/** An error the edge raises on purpose, with the status and both languages. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ProblemError';
  }
}

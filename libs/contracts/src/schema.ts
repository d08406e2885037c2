/**
 * A small runtime schema language for integration events: consumers parse every message before
 * trusting it, and the same definition gives the static type.
 */
export class SchemaError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path || 'message'}: expected ${expected}`);
    this.name = 'SchemaError';
  }
}

export interface Schema<T> {
  readonly description: string;
  parse(value: unknown, path?: string): T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/** Date.parse rolls 2026-02-30 over into March: a real calendar date must survive a round trip. */
function isRealDate(value: string): boolean {
  const parsed = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value.slice(0, 10);
}

function schema<T>(description: string, check: (value: unknown, path: string) => T): Schema<T> {
  return { description, parse: (value, path = '') => check(value, path) };
}

export function string(options: { readonly min?: number; readonly max?: number; readonly pattern?: RegExp } = {}): Schema<string> {
  const { min = 1, max = 2000, pattern } = options;
  return schema(`string(${min}..${max})`, (value, path) => {
    if (typeof value !== 'string' || value.length < min || value.length > max || (pattern && !pattern.test(value))) {
      throw new SchemaError(path, `a string of ${min} to ${max} characters${pattern ? ` matching ${pattern}` : ''}`);
    }
    return value;
  });
}

export function integer(options: { readonly min?: number; readonly max?: number } = {}): Schema<number> {
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
  return schema(`integer(${min}..${max})`, (value, path) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max)
      throw new SchemaError(path, `an integer from ${min} to ${max}`);
    return value;
  });
}

export function number(options: { readonly min?: number; readonly max?: number } = {}): Schema<number> {
  const { min = -Number.MAX_VALUE, max = Number.MAX_VALUE } = options;
  return schema(`number(${min}..${max})`, (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
      throw new SchemaError(path, `a number from ${min} to ${max}`);
    return value;
  });
}

export const boolean: Schema<boolean> = schema('boolean', (value, path) => {
  if (typeof value !== 'boolean') throw new SchemaError(path, 'true or false');
  return value;
});

/** A business date (calendar date in China Standard Time), YYYY-MM-DD. */
export const date: Schema<string> = schema('date', (value, path) => {
  if (typeof value !== 'string' || !DATE.test(value) || !isRealDate(value)) throw new SchemaError(path, 'a date YYYY-MM-DD');
  return value;
});

/** An instant, ISO-8601 in UTC. */
export const instant: Schema<string> = schema('instant', (value, path) => {
  if (typeof value !== 'string' || !INSTANT.test(value) || !isRealDate(value) || Number.isNaN(Date.parse(value)))
    throw new SchemaError(path, 'an ISO-8601 UTC instant');
  return value;
});

export function oneOf<const Values extends readonly string[]>(values: Values): Schema<Values[number]> {
  return schema(`one of ${values.join('|')}`, (value, path) => {
    if (typeof value !== 'string' || !values.includes(value)) throw new SchemaError(path, `one of ${values.join(', ')}`);
    return value;
  });
}

export function array<T>(item: Schema<T>, options: { readonly max?: number } = {}): Schema<T[]> {
  const max = options.max ?? 1000;
  return schema(`array of ${item.description}`, (value, path) => {
    if (!Array.isArray(value) || value.length > max) throw new SchemaError(path, `an array of at most ${max} items`);
    return value.map((element, index) => item.parse(element, `${path}[${index}]`));
  });
}

export function optional<T>(inner: Schema<T>): Schema<T | undefined> & { readonly optional: true } {
  return {
    optional: true,
    description: `optional ${inner.description}`,
    parse: (value, path = '') => (value === undefined || value === null ? undefined : inner.parse(value, path)),
  };
}

type Shape = Readonly<Record<string, Schema<unknown>>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { readonly optional: true } ? K : never }[keyof S];
type ObjectOf<S extends Shape> = { readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
  readonly [K in OptionalKeys<S>]?: Infer<S[K]>;
};

/** Unknown fields are ignored, so that a producer may add optional fields without breaking consumers. */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return schema('object', (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SchemaError(path, 'an object');
    const result: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      const parsed = field.parse((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (parsed !== undefined) result[key] = parsed;
    }
    return result as ObjectOf<S>;
  });
}

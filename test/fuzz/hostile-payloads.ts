// Malformed and hostile request bodies derived from an OpenAPI schema: each starts from a
// schema-shaped body and breaks it in one way, or is hostile as a whole.

export interface JsonSchema {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly $ref?: string;
  readonly allOf?: readonly JsonSchema[];
  readonly format?: string;
}

const HOSTILE_STRINGS = [
  "'; DROP TABLE events; --",
  '" OR 1=1 --',
  '<script>alert("xss")</script>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '\u0000\u0001\u0002',
  '\ud800',
  '\udfff\ud800',
  '𠮷'.repeat(3000),
  'x'.repeat(100_000),
  '   ',
  '',
  '9'.repeat(400),
  '2026-02-30',
  '0000-00-00',
  '9999-99-99T99:99:99Z',
  '=cmd|"/c calc"!A1',
  '__proto__',
];

const HOSTILE_NUMBERS = [-1, -0.5, 0.5, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 1e21];
const WRONG_TYPES: readonly unknown[] = [null, true, 'not a number', 12, [], {}, [[[]]]];

export function resolve(schema: JsonSchema, components: Readonly<Record<string, JsonSchema>>): JsonSchema {
  if (schema.$ref) return resolve(components[schema.$ref.split('/').pop() ?? ''] ?? {}, components);
  if (schema.allOf)
    return schema.allOf
      .map((part) => resolve(part, components))
      .reduce((merged, part) => ({ ...merged, ...part, properties: { ...merged.properties, ...part.properties } }), {});
  return schema;
}

/** A body shaped like the schema, with placeholder values: valid in shape, rarely in content. */
function shaped(schema: JsonSchema, components: Readonly<Record<string, JsonSchema>>, depth = 0): unknown {
  const resolved = resolve(schema, components);
  if (resolved.enum) return resolved.enum[0];
  switch (resolved.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(resolved.properties ?? {}).map(([key, value]) => [key, depth > 4 ? null : shaped(value, components, depth + 1)]),
      );
    case 'array':
      return resolved.items ? [shaped(resolved.items, components, depth + 1)] : [];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    default:
      return resolved.format === 'date-time' ? '2026-03-02T02:00:00Z' : 'x';
  }
}

function deeplyNested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < levels; level += 1) value = { nested: value };
  return value;
}

/** A value of the wrong kind for the field, whatever its validators: refused by any correct one. */
function wrongKind(field: JsonSchema): unknown {
  if (field.type === 'array') return 'not-an-array';
  if (field.type === 'object' || field.$ref || field.allOf) return 'not-an-object';
  return [[['wrong kind']]];
}

/**
 * Yields payloads that a correct validator must refuse. Each property is attacked in turn; so that
 * every payload is invalid whatever the attack does, another property also gets a value of the wrong
 * kind (or, with a single property, an unknown field rides along), while the hostile value still runs
 * through every validator and transformer.
 */
export function* hostilePayloads(schema: JsonSchema | undefined, components: Readonly<Record<string, JsonSchema>>): Generator<unknown> {
  const resolved = schema ? resolve(schema, components) : { type: 'object', properties: {} };
  const base = shaped(resolved, components) as Record<string, unknown>;
  const properties = Object.entries(resolved.properties ?? {});
  yield* WRONG_TYPES.filter((value) => typeof value !== 'object' || Array.isArray(value) || value === null);
  yield 'a string body';
  yield deeplyNested(2000);
  yield { ...base, unexpectedField: 'extra' };
  yield JSON.parse(`{"__proto__": {"admin": true}, "unexpectedField": 1}`);
  yield { ...base, constructor: { prototype: { polluted: true } } };
  for (const [index, [name, property]] of properties.entries()) {
    const field = resolve(property, components);
    const other = properties[(index + 1) % properties.length];
    const broken = (value: unknown): Record<string, unknown> =>
      other && other[0] !== name
        ? { ...base, [name]: value, [other[0]]: wrongKind(resolve(other[1], components)) }
        : { ...base, [name]: value, unexpectedField: true };
    const without: Record<string, unknown> = {
      ...base,
      ...(other && other[0] !== name ? { [other[0]]: wrongKind(resolve(other[1], components)) } : { unexpectedField: true }),
    };
    delete without[name];
    yield without;
    for (const wrong of WRONG_TYPES) yield broken(wrong);
    if (field.type === 'string' || field.type === undefined) for (const text of HOSTILE_STRINGS) yield broken(text);
    if (field.type === 'integer' || field.type === 'number') for (const number of HOSTILE_NUMBERS) yield broken(number);
    yield broken(deeplyNested(200));
    yield broken(Array.from({ length: 10_000 }, () => 'x'));
  }
}

/** Bodies that are not JSON at all, sent raw. */
export const RAW_BODIES = ['{"unterminated": ', '\u0000\u0001', '[1,2,', 'null', '{"a":1}{"b":2}', '\xff\xfe\xfd'];

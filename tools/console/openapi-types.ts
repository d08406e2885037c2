// The console's request and answer types, generated from the suite's OpenAPI document with openapi-typescript.
// Answers that the document describes by an example only get a schema inferred from that example, every
// property optional: the console then handles a field the example happened to show but an answer may lack.
import { join } from 'node:path';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;

export const CONSOLE_API_TYPES = join(__dirname, '../../services/console/src/lib/api/schema.d.ts');

const HEADER = "// Generated from the suite's OpenAPI document by `npm run console:api-types`; do not edit.\n";

export function schemaOfExample(example: Json): Schema {
  return schemaOfExamples([example]);
}

const isObject = (value: Json): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One schema for several examples of the same place (the elements of an array, at any depth): each may show
 * optional fields the others lack, or another member of a union, so their properties are merged.
 */
function schemaOfExamples(examples: Json[]): Schema {
  const present = examples.filter((example) => example !== null);
  if (present.length === 0) return { nullable: true };
  const kind = (example: Json) => (Array.isArray(example) ? 'array' : isObject(example) ? 'object' : 'scalar');
  const kinds = [...new Set(present.map(kind))];
  if (kinds.length > 1) return { oneOf: kinds.map((each) => schemaOfExamples(present.filter((example) => kind(example) === each))) };
  const first = present[0] as Json;
  if (Array.isArray(first)) {
    const elements = present.flatMap((example) => (Array.isArray(example) ? example : []));
    return { type: 'array', items: elements.length === 0 ? {} : schemaOfExamples(elements) };
  }
  if (isObject(first)) {
    const objects = present.filter(isObject);
    const keys = [...new Set(objects.flatMap((object) => Object.keys(object)))];
    return {
      type: 'object',
      properties: Object.fromEntries(
        keys.map((key) => [key, schemaOfExamples(objects.flatMap((object) => (key in object ? [object[key] as Json] : [])))]),
      ),
    };
  }
  return scalarSchema(present);
}

function scalarSchema(present: Json[]): Schema {
  const types = new Set(
    present.map((example) => (typeof example === 'number' ? (Number.isInteger(example) ? 'integer' : 'number') : typeof example)),
  );
  if (types.has('number')) types.delete('integer');
  return types.size === 1 ? { type: [...types][0] } : { oneOf: [...types].map((type) => ({ type })) };
}

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

/** A copy of the document in which every example-only answer has an inferred schema. */
export function withInferredAnswers(document: { paths: Record<string, Record<string, Operation>> }): unknown {
  const copy = JSON.parse(JSON.stringify(document)) as typeof document;
  for (const methods of Object.values(copy.paths)) {
    for (const operation of Object.values(methods)) {
      for (const response of Object.values(operation.responses ?? {})) {
        for (const media of Object.values(response.content ?? {})) {
          const schema = media.schema;
          if (schema && schema['example'] !== undefined && schema['type'] === undefined && schema['$ref'] === undefined) {
            media.schema = { ...schemaOfExample(schema['example'] as Json), example: schema['example'] };
          }
        }
      }
    }
  }
  return copy;
}

/** The TypeScript declarations of the document's paths, bodies and answers. */
export async function generateConsoleTypes(document: { paths: Record<string, Record<string, Operation>> }): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const nodes = await openapiTS(withInferredAnswers(document) as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(nodes);
}

import type { Response } from 'express';
import type { CommandResult } from '@ia/kernel';
import type { EventSourcingRuntime } from '@ia/platform';

/** Read-your-writes, then the answer every command gives: the id, the revision as body and ETag, and where to read it. */
export async function reply<Body extends object>(
  runtime: EventSourcingRuntime,
  response: Response,
  result: CommandResult,
  body: Body,
  location?: string,
): Promise<Body & { revision: number }> {
  await runtime.readModelsAt(result.lastPosition);
  response.setHeader('ETag', `"${result.revision}"`);
  if (location !== undefined) response.setHeader('Location', location);
  return { ...body, revision: result.revision };
}

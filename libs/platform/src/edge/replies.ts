import type { Response } from 'express';
import type { CommandResult } from '@ia/kernel';
import type { EventSourcingRuntime } from '../engines/runtime';

export interface Written {
  readonly id: string;
  readonly revision: number;
}

/**
 * The body, ETag and (for a creation) Location every command answers with. For handlers that already
 * waited for their read models; the others answer with `replyOnceVisible`.
 */
export function written(response: Response, id: string, result: CommandResult, location?: string): Written {
  response.setHeader('ETag', `"${result.revision}"`);
  if (location !== undefined) response.setHeader('Location', location);
  return { id, revision: result.revision };
}

/**
 * Read-your-writes, then the same answer: a client that reads right after a 2xx sees its own change,
 * because the reply waits until the read models have applied the command's last event.
 */
export async function replyOnceVisible<Body extends object>(
  runtime: EventSourcingRuntime,
  response: Response,
  result: CommandResult,
  body: Body,
  location?: string,
): Promise<Body & { readonly revision: number }> {
  await runtime.readModelsAt(result.lastPosition);
  response.setHeader('ETag', `"${result.revision}"`);
  if (location !== undefined) response.setHeader('Location', location);
  return { ...body, revision: result.revision };
}

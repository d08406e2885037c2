import type { Response } from 'express';
import type { CommandResult } from '@ia/kernel';

export interface Written {
  readonly id: string;
  readonly revision: number;
}

/** The body, ETag and (for a creation) Location every command answers with. */
export function written(response: Response, id: string, result: CommandResult, location?: string): Written {
  response.setHeader('ETag', `"${result.revision}"`);
  if (location !== undefined) response.setHeader('Location', location);
  return { id, revision: result.revision };
}

import type { Request } from 'express';
import type { CommandContext } from '@ia/kernel';
import { commandContext, occurredAtOf, type Principal } from '@ia/platform';

// The site reports facts by the day they happened: the first of these a command carries is its business date.
const DATE_FIELDS = ['startedOn', 'reachedOn', 'raisedOn', 'assignedOn', 'notedOn', 'resolvedOn', 'visitedOn'] as const;

/** The command's context with its business time taken from the date the fact names, so late entries replay on their day. */
export function siteContext(request: Request, principal: Principal, now: Date, data: object): CommandContext {
  const fields = data as Partial<Record<(typeof DATE_FIELDS)[number], unknown>>;
  const date = DATE_FIELDS.map((field) => fields[field]).find((value): value is string => typeof value === 'string');
  return commandContext(request, principal, now, date === undefined ? {} : { occurredAt: occurredAtOf(date, now) });
}

import { assertNever } from '@ia/kernel';
import { LeadErrors } from '../errors';
import type { RegisteredLead } from './state';
import type { LeadStatus } from './values';

/** Dropped, rejected and signed leads take no more work until they are reopened. */
export function assertWorkable(state: RegisteredLead): void {
  const status: LeadStatus = state.status;
  switch (status) {
    case 'open':
    case 'qualified':
    case 'on_hold':
      return;
    case 'signed':
      throw LeadErrors.signed();
    case 'dropped':
    case 'rejected':
      throw LeadErrors.closed(status);
    default:
      assertNever(status);
  }
}

export function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') throw LeadErrors.reasonRequired();
  return trimmed;
}

import { Injectable } from '@nestjs/common';
import { fold } from '@ia/kernel';
import { EventSourcingRuntime, ProblemError, type Principal } from '@ia/platform';
import { LEAD_CATEGORY, LeadErrors, leadDecider, type LeadEvent, type LeadState, type RegisteredLead } from '@ia/lead-intake/domain';

/**
 * Reads a lead from the store, the source of truth, where a decision must not wait for a read model:
 * which park it belongs to before a write, and whether it still holds its keys.
 */
@Injectable()
export class LeadStore {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  async load(leadId: string): Promise<LeadState> {
    const events = await this.runtime.engines.store.readStream(`${LEAD_CATEGORY}-${leadId}`);
    return fold(
      leadDecider,
      events.map((event) => ({ type: event.type, data: event.data }) as LeadEvent),
    );
  }

  /** The lead, if the caller may write to it: a lead of a park they do not work for is refused. */
  async writable(leadId: string, principal: Principal): Promise<RegisteredLead> {
    const lead = await this.load(leadId);
    if (!lead.registered) throw LeadErrors.notFound();
    assertParkAllowed(principal, lead.parkId);
    return lead;
  }
}

/** A principal with no parks listed works for every park of the county. */
export function mayAccessPark(principal: Principal, parkId: string): boolean {
  return principal.parks.length === 0 || principal.parks.includes(parkId);
}

export function assertParkAllowed(principal: Principal, parkId: string): void {
  if (!mayAccessPark(principal, parkId)) {
    throw new ProblemError(403, 'AUTH.PARK_NOT_ALLOWED', '无权访问该园区的数据', `You do not work for park ${parkId}`);
  }
}

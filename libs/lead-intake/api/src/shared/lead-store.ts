import { Injectable } from '@nestjs/common';
import { fold } from '@ia/kernel';
import { EventSourcingRuntime } from '@ia/platform';
import { LEAD_CATEGORY, LeadErrors, leadDecider, type LeadEvent, type LeadState, type RegisteredLead } from '@ia/lead-intake/domain';

/**
 * Reads a lead from the store, the source of truth, where a decision must not wait for a read model:
 * which park it belongs to, and whether it still holds its keys.
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

  async registered(leadId: string): Promise<RegisteredLead> {
    const lead = await this.load(leadId);
    if (!lead.registered) throw LeadErrors.notFound();
    return lead;
  }
}

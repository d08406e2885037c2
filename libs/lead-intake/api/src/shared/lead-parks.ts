import { Injectable } from '@nestjs/common';
import type { ParkLocator } from '@ia/platform';
import { LeadStore } from './lead-store';

/** The park a lead was registered in, read from its stream so that a lead just registered is already scoped. */
@Injectable()
export class LeadParks implements ParkLocator {
  constructor(private readonly leads: LeadStore) {}

  async parkOf(leadId: string): Promise<string | null | undefined> {
    const lead = await this.leads.load(leadId);
    if (!lead.registered) return undefined;
    return knownPark(lead.parkId);
  }
}

/** Stored facts are read as written: one without a park is not given a guessed one. */
function knownPark(parkId: unknown): string | null {
  return typeof parkId === 'string' && parkId !== '' ? parkId : null;
}

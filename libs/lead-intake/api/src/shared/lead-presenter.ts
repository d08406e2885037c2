import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, ERASED, PersonalDataVault, maskName, maskPhone, type Clock, type Principal } from '@ia/platform';
import type { WorkingCalendar } from '@ia/reference';
import {
  businessDateOf,
  timelinessOf,
  type LeadView,
  type Timeliness,
  type TimelineEntry,
  type TimelinessSettings,
} from '@ia/lead-intake/domain';
import { LeadCalendar } from './lead-calendar';
import { LEAD_TIMELINESS } from './settings';

export type LeadSummary = Omit<LeadView, 'normalisedName' | 'lastScreening' | 'reached'> & { readonly timeliness: Timeliness };
export type LeadDetail = LeadSummary & Pick<LeadView, 'lastScreening' | 'reached'> & { readonly timeline: readonly TimelineEntry[] };

/** What timeliness is counted against: today, and the working calendar as lead intake knows it now. */
export interface TimelinessBasis {
  readonly today: string;
  readonly calendar: WorkingCalendar;
}

/** Contact names and phone numbers are personal data: only the people who call the enterprise see them whole. */
const SEE_CONTACT: ReadonlySet<string> = new Set(['promoter', 'admin']);

/** Shapes read models for a caller: timeliness from today's clock, contact data masked by role. */
@Injectable()
export class LeadPresenter {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly calendar: LeadCalendar,
    @Inject(LEAD_TIMELINESS) private readonly settings: TimelinessSettings,
    private readonly vault: PersonalDataVault,
  ) {}

  today(): string {
    return businessDateOf(this.clock.now().toISOString());
  }

  async basis(): Promise<TimelinessBasis> {
    return { today: this.today(), calendar: await this.calendar.current() };
  }

  async summary(view: LeadView, principal: Principal, basis?: TimelinessBasis): Promise<LeadSummary> {
    const { normalisedName: _name, lastScreening: _screening, reached: _reached, ...fields } = view;
    const whole = SEE_CONTACT.has(principal.role);
    const person = await this.open(view, view.contactPerson);
    const phone = await this.open(view, view.contactPhone);
    return {
      ...fields,
      contactPerson: whole ? person : maskName(person),
      contactPhone: whole ? phone : maskPhone(phone),
      timeliness: this.timeliness(view, basis ?? (await this.basis())),
    };
  }

  timeliness(view: LeadView, basis: TimelinessBasis): Timeliness {
    return timelinessOf(view, basis.today, basis.calendar, this.settings);
  }

  /** An erased lead reads as erased even if its key outlived the erasure event by a crash. */
  private async open(view: LeadView, sealed: string): Promise<string> {
    return view.personalDataErased ? ERASED : this.vault.open(sealed);
  }

  async detail(view: LeadView, timeline: readonly TimelineEntry[], principal: Principal): Promise<LeadDetail> {
    return {
      ...(await this.summary(view, principal)),
      timeline,
      reached: view.reached,
      ...(view.lastScreening !== undefined && { lastScreening: view.lastScreening }),
    };
  }
}

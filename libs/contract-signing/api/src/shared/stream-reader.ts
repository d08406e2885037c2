import { Injectable } from '@nestjs/common';
import type { Aggregate, DomainEvent } from '@ia/kernel';
import { EventSourcingRuntime } from '@ia/platform';
import {
  agreementAggregate,
  agreementErrors,
  catalogAggregate,
  catalogStream,
  incentivesOf,
  leadQualificationAggregate,
  qualifiedLeadOf,
  reservationAggregate,
  reservationStream,
  type Agreement,
  type IncentiveTerms,
  type QualifiedLead,
  type ReservationSubject,
} from '@ia/contract-signing/domain';
import { agreementStream, leadQualificationStream } from './execute';

/** Current states straight from the streams: the facts a command decides on, never a lagging read model. */
@Injectable()
export class StreamReader {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  async state<Command, Event extends DomainEvent, State>(aggregate: Aggregate<Command, Event, State>, streamName: string): Promise<State> {
    const events = await this.runtime.engines.store.readStream(streamName);
    return events.reduce((state, event) => aggregate.decider.evolve(state, event as unknown as Event), aggregate.decider.initialState);
  }

  async agreement(agreementId: string): Promise<Agreement> {
    const state = await this.state(agreementAggregate, agreementStream(agreementId));
    if (state.status === 'none') throw agreementErrors.notFound();
    return state;
  }

  async qualifiedLead(leadId: string): Promise<QualifiedLead | undefined> {
    return qualifiedLeadOf(await this.state(leadQualificationAggregate, leadQualificationStream(leadId)));
  }

  async incentives(parkId: string): Promise<readonly IncentiveTerms[]> {
    return incentivesOf(await this.state(catalogAggregate, catalogStream(parkId)));
  }

  /** The agreement holding a reservation, and whether it was terminated since. */
  async reservationHolder(subject: ReservationSubject): Promise<{ agreementId: string; status: Agreement['status'] | 'none' } | undefined> {
    const { holder } = await this.state(reservationAggregate, reservationStream(subject));
    if (holder === undefined) return undefined;
    const agreement = await this.state(agreementAggregate, agreementStream(holder));
    return { agreementId: holder, status: agreement.status };
  }
}

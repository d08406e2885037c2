import { Injectable } from '@nestjs/common';
import type { ParkLocator } from '@ia/platform';
import { agreementAggregate, leadQualificationAggregate } from '@ia/contract-signing/domain';
import { agreementStream, leadQualificationStream } from './execute';
import { StreamReader } from './stream-reader';

/** The park an agreement was drafted for, from its stream: an agreement just drafted is already scoped. */
@Injectable()
export class AgreementParks implements ParkLocator {
  constructor(private readonly streams: StreamReader) {}

  async parkOf(agreementId: string): Promise<string | null | undefined> {
    const agreement = await this.streams.state(agreementAggregate, agreementStream(agreementId));
    return agreement.status === 'none' ? undefined : knownPark(agreement.parkId);
  }
}

/** The park of a lead as lead intake qualified it; a lead it never qualified is answered by the decision, as for anyone. */
@Injectable()
export class QualifiedLeadParks implements ParkLocator {
  constructor(private readonly streams: StreamReader) {}

  async parkOf(leadId: string): Promise<string | null | undefined> {
    const qualification = await this.streams.state(leadQualificationAggregate, leadQualificationStream(leadId));
    return qualification.status === 'unknown' ? undefined : knownPark(qualification.lead.parkId);
  }
}

/** Stored facts are read as written: one without a park is not given a guessed one. */
function knownPark(parkId: unknown): string | null {
  return typeof parkId === 'string' && parkId !== '' ? parkId : null;
}

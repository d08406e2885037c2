import { deciderSpec } from '@ia/testing';
import { reservationAggregate, reservationDecider, reservationStream, type ReservationSubject } from './decider';

const spec = deciderSpec(reservationDecider);
const lead: ReservationSubject = { kind: 'lead', leadId: 'lead-7' };
const enterprise: ReservationSubject = { kind: 'enterprise', uscc: '91430381MA4L1234X9', leadId: 'lead-7' };
const reserve = (agreementId: string, subject: ReservationSubject = lead, holderTerminated = false) => ({
  type: 'ReserveSigning' as const,
  data: { agreementId, subject, holderTerminated },
});
const reserved = (agreementId: string, subject: ReservationSubject = lead) => ({
  type: 'SigningReserved' as const,
  data: { agreementId, subject },
});

describe('signing reservation (no double counting)', () => {
  it('reserves a free lead for the signing agreement', () => {
    spec
      .given([])
      .when(reserve('agreement-a'))
      .then([reserved('agreement-a')]);
  });

  it('lets the holder reserve again without a new event, so a retried signing goes through', () => {
    spec
      .given([reserved('agreement-a')])
      .when(reserve('agreement-a'))
      .then([]);
  });

  it('refuses another agreement for the same lead', () => {
    const refusal = spec
      .given([reserved('agreement-a')])
      .when(reserve('agreement-b'))
      .thenThrows('AGREEMENT.ALREADY_SIGNED_FOR_LEAD');
    expect(refusal.extensions).toEqual({ leadId: 'lead-7', signedAgreementId: 'agreement-a' });
  });

  it('refuses another agreement for the same enterprise', () => {
    spec
      .given([reserved('agreement-a', enterprise)])
      .when(reserve('agreement-b', enterprise))
      .thenThrows('AGREEMENT.ALREADY_SIGNED_FOR_ENTERPRISE');
  });

  it('passes the reservation on when its holder was terminated', () => {
    spec
      .given([reserved('agreement-a')])
      .when(reserve('agreement-b', lead, true))
      .then([{ type: 'SigningReserved', data: { agreementId: 'agreement-b', subject: lead, replacing: 'agreement-a' } }]);
  });

  it('is released by its holder only, after a signing that failed', () => {
    const released = { type: 'SigningReleased' as const, data: { agreementId: 'agreement-a' } };
    spec
      .given([reserved('agreement-a')])
      .when({ type: 'ReleaseSigning', data: { agreementId: 'agreement-a' } })
      .then([released]);
    spec
      .given([reserved('agreement-a')])
      .when({ type: 'ReleaseSigning', data: { agreementId: 'agreement-b' } })
      .then([]);
    spec
      .given([reserved('agreement-a'), released])
      .when(reserve('agreement-b'))
      .then([reserved('agreement-b')]);
  });

  it('lives in one stream per lead and per enterprise, correlated with the lead', () => {
    expect(reservationStream(lead)).toBe('leadreservation-lead-7');
    expect(reservationStream(enterprise)).toBe('enterprisereservation-91430381MA4L1234X9');
    expect(
      reservationAggregate.correlate(spec.given([reserved('agreement-a', enterprise)]).state(), reserved('agreement-a', enterprise)),
    ).toEqual({ leadId: 'lead-7' });
  });
});

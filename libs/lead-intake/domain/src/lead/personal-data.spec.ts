import { deciderSpec } from '@ia/testing';
import { registered } from '../test-support/fixtures';
import { leadDecider } from './decider';
import type { LeadEvent } from './events';

const spec = deciderSpec(leadDecider);
const erased: LeadEvent = { type: 'PersonalDataErased', data: { subject: 'lead-1', fields: ['contactPerson', 'contactPhone'] } };
const signed: LeadEvent = { type: 'LeadSigned', data: { projectId: 'p-1', agreementId: 'a-1', signedOn: '2026-04-01', from: 'qualified' } };

describe('erasing a contact’s personal data', () => {
  it('records the erasure as a fact, whatever the lead’s status', () => {
    spec
      .given([registered, signed])
      .when({ type: 'ErasePersonalData', data: { subject: 'lead-1' } })
      .then([erased]);
  });

  it('changes nothing on a second request', () => {
    spec
      .given([registered, erased])
      .when({ type: 'ErasePersonalData', data: { subject: 'lead-1' } })
      .then([]);
  });

  it('refuses a lead that does not exist', () => {
    spec
      .given([])
      .when({ type: 'ErasePersonalData', data: { subject: 'lead-1' } })
      .thenThrows('LEAD.NOT_FOUND');
  });
});

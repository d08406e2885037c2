import { deciderSpec } from '@ia/testing';
import { leadKeyAggregate, type LeadKeyCommand, type LeadKeyEvent } from './lead-key';

const spec = deciderSpec(leadKeyAggregate.decider);
const claim = (leadId: string, changes: Partial<Extract<LeadKeyCommand, { type: 'ClaimLeadKey' }>['data']> = {}): LeadKeyCommand => ({
  type: 'ClaimLeadKey',
  data: { leadId, kind: 'uscc', value: '91430100MA4L12345A', ...changes },
});
const claimedBy = (leadId: string): LeadKeyEvent => ({
  type: 'LeadKeyClaimed',
  data: { leadId, kind: 'uscc', value: '91430100MA4L12345A' },
});

describe('the reservation of a duplicate key', () => {
  it('is claimed by the first lead, and claiming it again changes nothing', () => {
    spec
      .given([])
      .when(claim('lead-a'))
      .then([claimedBy('lead-a')]);
    spec
      .given([claimedBy('lead-a')])
      .when(claim('lead-a'))
      .then([]);
  });

  it('refuses another lead with the code of the key and the holder’s id', () => {
    const uscc = spec
      .given([claimedBy('lead-a')])
      .when(claim('lead-b'))
      .thenThrows('LEAD.DUPLICATE_USCC');
    expect(uscc.extensions).toEqual({ existingLeadId: 'lead-a' });
    const name = spec
      .given([claimedBy('lead-a')])
      .when(claim('lead-b', { kind: 'name', value: '湖南星辰电气' }))
      .thenThrows('LEAD.DUPLICATE_NAME');
    expect(name.extensions).toEqual({ existingLeadId: 'lead-a' });
  });

  it('passes to a new lead only from the holder the edge found closed', () => {
    spec
      .given([claimedBy('lead-a')])
      .when(claim('lead-b', { supersedes: 'lead-a' }))
      .then([
        { type: 'LeadKeyClaimed', data: { leadId: 'lead-b', kind: 'uscc', value: '91430100MA4L12345A', supersededLeadId: 'lead-a' } },
      ]);
    spec
      .given([claimedBy('lead-a'), claimedBy('lead-c')])
      .when(claim('lead-b', { supersedes: 'lead-a' }))
      .thenThrows('LEAD.DUPLICATE_USCC');
  });

  it('is released only by its holder, and is free afterwards', () => {
    spec
      .given([claimedBy('lead-a')])
      .when({ type: 'ReleaseLeadKey', data: { leadId: 'lead-b' } })
      .then([]);
    spec
      .given([claimedBy('lead-a')])
      .when({ type: 'ReleaseLeadKey', data: { leadId: 'lead-a' } })
      .then([{ type: 'LeadKeyReleased', data: { leadId: 'lead-a' } }]);
    spec
      .given([claimedBy('lead-a'), { type: 'LeadKeyReleased', data: { leadId: 'lead-a' } }])
      .when(claim('lead-b'))
      .then([claimedBy('lead-b')]);
  });

  it('correlates each event with the lead it concerns', () => {
    expect(leadKeyAggregate.correlate({}, claimedBy('lead-a'))).toEqual({ leadId: 'lead-a' });
  });
});

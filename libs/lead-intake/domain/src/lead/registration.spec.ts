import { deciderSpec } from '@ia/testing';
import { LEAD_ID, PARK_ID, profile, registered } from '../test-support/fixtures';
import type { RegisterLead } from './commands';
import { leadDecider } from './decider';
import type { LeadProfile } from './values';

const spec = deciderSpec(leadDecider);
const register = (changes: Partial<LeadProfile> = {}): RegisterLead => ({
  type: 'RegisterLead',
  data: { leadId: LEAD_ID, parkId: PARK_ID, profile: { ...profile, ...changes }, registeredAt: '2026-03-02T02:00:00.000Z' },
});

describe('registering a lead', () => {
  it('records the lead with its normalised name', () => {
    spec.given([]).when(register()).then([registered]);
  });

  it('assigns the promoter named at registration', () => {
    spec
      .given([])
      .when({ ...register(), data: { ...register().data, promoterId: 'zhang.wei' } })
      .then([registered, { type: 'PromoterAssigned', data: { promoterId: 'zhang.wei' } }]);
  });

  it('normalises a USCC typed in lower case or full width, and a section in lower case', () => {
    const [event] = spec
      .given([])
      .when(register({ uscc: '91430100ma4l12345ａ', industry: { section: 'c', division: '38' } }))
      .events();
    expect(event?.data).toMatchObject({ uscc: '91430100MA4L12345A', industry: { section: 'C', division: '38' } });
  });

  it('keys the name without spaces, full-width letters or the legal form', () => {
    const [event] = spec
      .given([])
      .when(register({ companyName: ' 湖南 星辰电气有限责任公司 ' }))
      .events();
    expect(event?.data).toMatchObject({ normalisedName: '湖南星辰电气' });
  });

  it('accepts a lead without a USCC, from a walk-in without a source name', () => {
    const { uscc: _uscc, sourceName: _sourceName, ...withoutCodes } = profile;
    const [event] = spec
      .given([])
      .when({ ...register(), data: { ...register().data, profile: { ...withoutCodes, source: 'walk_in_or_phone' } } })
      .events();
    expect(event?.data).not.toHaveProperty('uscc');
    expect(event?.data).toMatchObject({ source: 'walk_in_or_phone' });
  });

  it('refuses a lead registered twice', () => {
    spec.given([registered]).when(register()).thenThrows('LEAD.ALREADY_REGISTERED');
  });

  it('refuses a USCC that fails the check character', () => {
    const error = spec
      .given([])
      .when(register({ uscc: '91430100MA4L123456' }))
      .thenThrows('LEAD.INVALID_USCC');
    expect(error.detail).toContain('CHECK_CHARACTER');
  });

  it('refuses an industry division outside its section', () => {
    spec
      .given([])
      .when(register({ industry: { section: 'A', division: '38' } }))
      .thenThrows('LEAD.INVALID_INDUSTRY');
  });

  it('refuses a promotion event, referral or agency without its name', () => {
    spec
      .given([])
      .when(register({ source: 'investor_referral', sourceName: '  ' }))
      .thenThrows('LEAD.SOURCE_NAME_REQUIRED');
  });

  it('refuses money in fractions of a yuan and negative land', () => {
    spec
      .given([])
      .when(register({ intendedInvestment: 1.5 }))
      .thenThrows('LEAD.INVALID_FIGURES');
    spec
      .given([])
      .when(register({ landDemandMu: -1 }))
      .thenThrows('LEAD.INVALID_FIGURES');
    spec
      .given([])
      .when(register({ expectedJobs: -3 }))
      .thenThrows('LEAD.INVALID_FIGURES');
  });

  it('refuses any other command on a lead that does not exist', () => {
    spec
      .given([])
      .when({ type: 'AssignPromoter', data: { promoterId: 'bob' } })
      .thenThrows('LEAD.NOT_FOUND');
  });
});

import { contactSubject } from './contact';

describe('the data subject of a lead’s contact', () => {
  it('is the lead itself, so that each erasure touches one contact', () => {
    expect(contactSubject('0193a1f0-0000-7000-8000-000000000001')).toBe('lead-0193a1f0-0000-7000-8000-000000000001');
  });
});

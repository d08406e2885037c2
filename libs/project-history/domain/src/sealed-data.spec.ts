import { redactSealed, SEALED_PERSONAL_DATA } from './sealed-data';

describe('sealed personal data in a replay', () => {
  it('is replaced by a marker at any depth, and nothing else changes', () => {
    const data = {
      companyName: '湖南星辰电气有限公司',
      contactPerson: 'pii:v1:lead-1:aXY:dGFn:ZGF0YQ',
      visitors: ['李明', 'pii:v1:lead-1:aXY:dGFn:b3RoZXI'],
      nested: { phone: 'pii:v1:lead-1:aXY:dGFn:cGhvbmU', amount: 5 },
    };
    expect(redactSealed(data)).toEqual({
      companyName: '湖南星辰电气有限公司',
      contactPerson: SEALED_PERSONAL_DATA,
      visitors: ['李明', SEALED_PERSONAL_DATA],
      nested: { phone: SEALED_PERSONAL_DATA, amount: 5 },
    });
  });
});

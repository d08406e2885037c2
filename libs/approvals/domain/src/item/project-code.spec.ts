import { isNationalProjectCode } from './project-code';

describe('the national project code (年份-地区6位-行业2位-类型2位-序号)', () => {
  it('accepts a well-formed code', () => {
    expect(isNationalProjectCode('2026-430100-38-03-012345')).toBe(true);
  });

  it.each([
    ['a short serial number', '2026-430100-38-03-12345'],
    ['a missing segment', '2026-430100-38-012345'],
    ['letters', '2026-43O100-38-03-012345'],
    ['an industry that is no division of GB/T 4754', '2026-430100-99-03-012345'],
    ['a region 00xxxx', '2026-000100-38-03-012345'],
    ['a type 00', '2026-430100-38-00-012345'],
    ['a serial of zeros', '2026-430100-38-03-000000'],
    ['a year out of range', '1999-430100-38-03-012345'],
  ])('refuses %s', (_, code) => {
    expect(isNationalProjectCode(code)).toBe(false);
  });
});

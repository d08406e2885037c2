import { passwordWeaknesses } from './password-rules';

const codes = (password: string, displayName = '张伟') =>
  passwordWeaknesses(password, { username: 'zhang.wei', displayName }).map((weakness) => weakness.code);

describe('password rules', () => {
  it('accepts ten characters of three kinds that say nothing about the holder', () => {
    expect(codes('Xiangjiang-river7')).toEqual([]);
    expect(codes('湘江north-bank29')).toEqual([]);
  });

  it.each([
    ['Short1!', 'PASSWORD.TOO_SHORT'],
    ['alllowercaseletters', 'PASSWORD.TOO_FEW_KINDS'],
    ['Zhang.Wei-2026', 'PASSWORD.CONTAINS_USERNAME'],
    ['张伟的密码Abc-2026', 'PASSWORD.CONTAINS_NAME'],
    ['Aa123456789!', 'PASSWORD.COMMON'],
    ['My-Password-9', 'PASSWORD.COMMON'],
    ['aAaAaAaAaAaA', 'PASSWORD.REPETITIVE'],
    [`Aa1-${'x'.repeat(130)}`, 'PASSWORD.TOO_LONG'],
  ])('refuses %s (%s)', (password, code) => {
    expect(codes(password)).toContain(code);
  });

  it('tells every rule a password breaks at once, each with a Chinese title', () => {
    const weaknesses = passwordWeaknesses('123456', { username: 'zhang.wei' });
    expect(weaknesses.map((weakness) => weakness.code)).toEqual(['PASSWORD.TOO_SHORT', 'PASSWORD.TOO_FEW_KINDS', 'PASSWORD.COMMON']);
    expect(weaknesses[0]?.title).toBe('密码至少 10 位');
  });
});

import { normaliseCompanyName } from './company-name';

describe('normaliseCompanyName, the key for duplicate leads', () => {
  it('makes the same enterprise typed two ways equal', () => {
    expect(normaliseCompanyName('湖南 星辰 电气有限责任公司')).toBe('湖南星辰电气');
    expect(normaliseCompanyName('湖南星辰电气有限公司')).toBe('湖南星辰电气');
  });

  it('drops each legal form, the longest that fits', () => {
    expect(normaliseCompanyName('湖南星辰电气股份有限公司')).toBe('湖南星辰电气');
    expect(normaliseCompanyName('湖南星辰集团有限公司')).toBe('湖南星辰');
    expect(normaliseCompanyName('湖南星辰电气有限责任公司')).toBe('湖南星辰电气');
  });

  it('drops the legal form only at the end, and only once', () => {
    expect(normaliseCompanyName('有限公司研究院')).toBe('有限公司研究院');
    expect(normaliseCompanyName('星辰有限公司有限公司')).toBe('星辰有限公司');
  });

  it('keeps a name that is nothing but a legal form', () => {
    expect(normaliseCompanyName('有限公司')).toBe('有限公司');
  });

  it('removes every kind of whitespace, including the ideographic space', () => {
    expect(normaliseCompanyName('\u3000湖南\t星辰\u00a0电气\n有限公司 ')).toBe('湖南星辰电气');
  });

  it('turns full-width brackets, letters and digits into half-width', () => {
    expect(normaliseCompanyName('星辰电气（长沙）有限公司')).toBe('星辰电气(长沙)');
    expect(normaliseCompanyName('ＡＢＣ１２３科技有限公司')).toBe('ABC123科技');
  });

  it('treats other bracket variants as round brackets', () => {
    expect(normaliseCompanyName('星辰电气【长沙】有限公司')).toBe('星辰电气(长沙)');
    expect(normaliseCompanyName('星辰电气〔长沙〕有限公司')).toBe('星辰电气(长沙)');
    expect(normaliseCompanyName('星辰电气[长沙]有限公司')).toBe('星辰电气(长沙)');
  });

  it('upper-cases Latin letters', () => {
    expect(normaliseCompanyName('湖南abc智能装备有限公司')).toBe('湖南ABC智能装备');
    expect(normaliseCompanyName('湖南ａｂｃ智能装备有限公司')).toBe('湖南ABC智能装备');
  });
});

import { english } from './en';
import { translator } from './i18n';
import { chinese } from './zh-CN';

describe('the dictionary', () => {
  it('has every key in English too, none left empty or in Chinese', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(chinese).sort());
    const untranslated = Object.entries(english).filter(
      ([key, text]) => text.trim() === '' || (/[\u4e00-\u9fff]/.test(text) && key !== 'header.chinese'),
    );
    expect(untranslated).toEqual([]);
  });

  it('fills in the named values', () => {
    expect(translator('zh-CN')('clock.remaining', { days: 3 })).toBe('剩余 3 个工作日');
    expect(translator('en')('clock.overdue', { days: 2 })).toBe('2 working days overdue');
  });
});

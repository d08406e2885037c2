import { formatDate, formatInstant, formatTenThousandYuan, todayInChina, yuanOfTenThousand } from './format';

describe('how the console writes dates and amounts', () => {
  it('writes a business date in Chinese with its weekday, and in English', () => {
    expect(formatDate('2026-03-04', 'zh-CN')).toBe('2026年3月4日 星期三');
    expect(formatDate('2026-03-04', 'en')).toBe('Wed 4 March 2026');
    expect(formatDate(undefined, 'zh-CN')).toBe('—');
  });

  it('writes whole yuan in 万元 with thousands separators', () => {
    expect(formatTenThousandYuan(300_000_000, 'zh-CN')).toBe('30,000 万元');
    expect(formatTenThousandYuan(1_234_567_800, 'zh-CN')).toBe('123,456.78 万元');
    expect(formatTenThousandYuan(5_000, 'en')).toBe('0.5 × 10,000 CNY');
    expect(formatTenThousandYuan(-1, 'zh-CN')).toBe('—');
  });

  it('turns 万元 typed in a form back into whole yuan', () => {
    expect(yuanOfTenThousand(30_000)).toBe(300_000_000);
    expect(yuanOfTenThousand(0.01)).toBe(100);
    expect(yuanOfTenThousand(1.005)).toBe(10_050);
  });

  it('takes today in China Standard Time, whatever the browser’s zone', () => {
    expect(todayInChina(new Date('2026-03-03T16:30:00Z'))).toBe('2026-03-04');
    expect(todayInChina(new Date('2026-03-03T15:59:00Z'))).toBe('2026-03-03');
    expect(formatInstant('2026-03-03T16:30:00Z', 'zh-CN')).toContain('2026年3月4日');
  });
});

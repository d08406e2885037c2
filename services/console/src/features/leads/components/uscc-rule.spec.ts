import { translator } from '../../../lib/i18n/i18n';
import { usccRule } from './uscc-rule';

describe('the USCC check as it is typed', () => {
  const rule = usccRule(translator('zh-CN'));
  const check = (value: string | undefined) => rule.validator(undefined, value);

  it('accepts a valid code, in lower case or full width too, and an empty field', async () => {
    await expect(check('91430100MA4L12345A')).resolves.toBeUndefined();
    await expect(check('91430100ma4l12345a')).resolves.toBeUndefined();
    await expect(check('')).resolves.toBeUndefined();
    await expect(check(undefined)).resolves.toBeUndefined();
  });

  it('refuses a wrong check character or length with the Chinese reason, as the server would', async () => {
    await expect(check('91430100MA4L12345B')).rejects.toThrow('校验码不正确，请核对');
    await expect(check('91430100MA4L1234')).rejects.toThrow('统一社会信用代码应为18位');
    await expect(check('91430100MA4L1234IA')).rejects.toThrow('含有不允许的字符');
  });
});

import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { checkResidentId, type ResidentIdFailure } from '@ia/approvals/domain';
import { isCalendarDate } from '@ia/reference';

/** Never the value itself: a refused number is personal data too and must not travel on in an error. */
const MESSAGES: Readonly<Record<ResidentIdFailure, string>> = {
  FORMAT: '$property 须为18位居民身份证号码：17位数字加校验码（0-9或X）/ must be an 18-character resident identity number (GB 11643)',
  BIRTH_DATE: '$property 中的出生日期无效或晚于收件日期 / holds no real birth date, or one after the day of intake',
  CHECK_DIGIT: '$property 校验码错误 / has a wrong check character (ISO 7064 MOD 11-2)',
};

/** A resident identity number whose birth date is no later than the date in the sibling property, when that is a date. */
export function IsResidentIdNumber(latestBirthDateProperty: string, options?: ValidationOptions): PropertyDecorator {
  const check = (value: unknown, args?: ValidationArguments) => {
    if (typeof value !== 'string') return { valid: false, reason: 'FORMAT' } as const;
    const latest = (args?.object as Record<string, unknown> | undefined)?.[latestBirthDateProperty];
    return checkResidentId(value, typeof latest === 'string' && isCalendarDate(latest) ? latest : undefined);
  };
  return ValidateBy(
    {
      name: 'isResidentIdNumber',
      validator: {
        validate: (value, args) => check(value, args).valid,
        defaultMessage: (args) => {
          const result = check(args?.value, args);
          return result.valid ? MESSAGES.FORMAT : MESSAGES[result.reason];
        },
      },
    },
    options,
  );
}

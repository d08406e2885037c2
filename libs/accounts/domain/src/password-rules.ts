import type { PasswordWeakness } from './errors';

export const MINIMUM_PASSWORD_LENGTH = 10;
export const MAXIMUM_PASSWORD_LENGTH = 128;

/** Sequences every guessing list starts with; a password containing one is refused whatever else it holds. */
const COMMON = [
  'password',
  'passw0rd',
  'p@ssw0rd',
  'qwerty',
  'asdfgh',
  '123456',
  '654321',
  'abcdef',
  'admin',
  'woaini',
  'iloveyou',
  '111111',
];

const KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[a-z]/, 'lower-case letters'],
  [/[A-Z]/, 'upper-case letters'],
  [/[0-9]/, 'digits'],
  [/[^A-Za-z0-9]/, 'other characters'],
];

const weakness = (code: string, title: string, detail: string): PasswordWeakness => ({ code, title, detail });

/**
 * The rules a password must meet, in the terms of the graded protection rules (等保) county systems are
 * held to: at least ten characters of at least three kinds, not the user name or display name, not a
 * well-known sequence, not one character repeated. Pure, so the console can be told every failed rule at once.
 */
export function passwordWeaknesses(
  password: string,
  holder: { readonly username: string; readonly displayName?: string },
): PasswordWeakness[] {
  const found: PasswordWeakness[] = [];
  const length = [...password].length;
  const lower = password.toLowerCase();
  if (length < MINIMUM_PASSWORD_LENGTH)
    found.push(weakness('PASSWORD.TOO_SHORT', `密码至少 ${MINIMUM_PASSWORD_LENGTH} 位`, `At least ${MINIMUM_PASSWORD_LENGTH} characters`));
  if (length > MAXIMUM_PASSWORD_LENGTH)
    found.push(weakness('PASSWORD.TOO_LONG', `密码最多 ${MAXIMUM_PASSWORD_LENGTH} 位`, `At most ${MAXIMUM_PASSWORD_LENGTH} characters`));
  const kinds = KINDS.filter(([pattern]) => pattern.test(password)).length;
  if (kinds < 3)
    found.push(
      weakness(
        'PASSWORD.TOO_FEW_KINDS',
        '密码须包含大写字母、小写字母、数字、其他字符中的至少三类',
        `At least three kinds of: ${KINDS.map(([, name]) => name).join(', ')}`,
      ),
    );
  const username = holder.username.toLowerCase();
  if (username.length >= 3 && lower.includes(username))
    found.push(weakness('PASSWORD.CONTAINS_USERNAME', '密码不能包含用户名', 'It must not contain the user name'));
  const displayName = holder.displayName?.trim().toLowerCase();
  if (displayName && [...displayName].length >= 2 && lower.includes(displayName))
    found.push(weakness('PASSWORD.CONTAINS_NAME', '密码不能包含姓名', 'It must not contain the display name'));
  if (COMMON.some((sequence) => lower.includes(sequence)))
    found.push(
      weakness('PASSWORD.COMMON', '密码包含常见弱口令序列', 'It must not contain a well-known sequence such as 123456 or password'),
    );
  if (length > 0 && new Set(password).size <= 2)
    found.push(weakness('PASSWORD.REPETITIVE', '密码不能由一两个字符重复组成', 'It must not repeat one or two characters'));
  return found;
}

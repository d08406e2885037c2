import type { DomainError } from '@ia/kernel';
import type { PasswordWeakness } from '@ia/accounts/domain';
import { ProblemError } from '@ia/platform';

/** Refusals of sign-in and of the session routes, with the codes the console branches on. */
export const authProblems = {
  invalidCredentials: () => new ProblemError(401, 'AUTH.INVALID_CREDENTIALS', '用户名或密码错误', 'The user name or the password is wrong'),
  locked: (retryAfterSeconds: number, until: string) =>
    new ProblemError(
      423,
      'AUTH.ACCOUNT_LOCKED',
      '登录失败次数过多，账号已被临时锁定',
      `Too many failed sign-ins: try again after ${until}`,
      {
        retryAfterSeconds,
      },
    ),
  throttled: (retryAfterSeconds: number) =>
    new ProblemError(429, 'AUTH.SIGN_IN_THROTTLED', '登录尝试过于频繁，请稍后再试', `After a failed sign-in, wait ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    }),
  disabled: () => new ProblemError(403, 'AUTH.ACCOUNT_DISABLED', '账号已停用，请联系管理员', 'The account is disabled'),
  passwordSignInOff: () =>
    new ProblemError(
      403,
      'AUTH.PASSWORD_SIGN_IN_OFF',
      '本系统已改用统一身份认证登录',
      'Sign-in with a password is turned off: use the identity provider',
    ),
  sessionRequired: () =>
    new ProblemError(
      400,
      'AUTH.SESSION_REQUIRED',
      '该操作仅适用于控制台登录会话',
      'This route acts on a console session; a bearer token has none',
    ),
  roleNotHeld: (role: string) =>
    new ProblemError(403, 'AUTH.ROLE_NOT_HELD', '账号未被授予该角色', `The account does not hold the role ${role}`),
  /** The domain's refusal as a 400 with one field error a rule, as the platform reports validation. */
  passwordTooWeak: (error: DomainError, field: string) => {
    const weaknesses = (error.extensions['weaknesses'] ?? []) as readonly PasswordWeakness[];
    return new ProblemError(400, error.code, error.title, error.detail, {
      errors: weaknesses.map((weakness) => ({
        field,
        code: weakness.code,
        title: weakness.title,
        detail: weakness.detail,
        messages: [weakness.detail],
      })),
    });
  },
};

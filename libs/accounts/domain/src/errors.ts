import { DomainError } from '@ia/kernel';

export interface PasswordWeakness {
  readonly code: string;
  readonly title: string;
  readonly detail: string;
}

export const accountErrors = {
  notFound: () => new DomainError('ACCOUNT.NOT_FOUND', '账号不存在', 'No such account'),
  usernameTaken: (username: string) =>
    new DomainError('ACCOUNT.USERNAME_TAKEN', '用户名已被使用', `The user name ${username} belongs to another account`),
  invalidUsername: (username: string) =>
    new DomainError(
      'ACCOUNT.INVALID_USERNAME',
      '用户名格式无效',
      `"${username}" is not a user name: 2 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit`,
    ),
  noRole: () => new DomainError('ACCOUNT.NO_ROLE', '账号至少需要一个角色', 'An account holds at least one role; disable it instead'),
  ownAdministration: () =>
    new DomainError(
      'ACCOUNT.OWN_ADMINISTRATION',
      '不能停用自己的账号或撤销自己的管理员角色',
      'You cannot disable your own account or withdraw your own admin role: ask another administrator',
    ),
  passwordTooWeak: (weaknesses: readonly PasswordWeakness[]) =>
    new DomainError('ACCOUNT.PASSWORD_TOO_WEAK', '密码强度不足', weaknesses.map((weakness) => weakness.detail).join('; '), {
      weaknesses,
    }),
  passwordReused: () =>
    new DomainError('ACCOUNT.PASSWORD_REUSED', '新密码不能与当前密码相同', 'The new password must differ from the current one'),
  disabled: () => new DomainError('ACCOUNT.DISABLED', '账号已停用', 'The account is disabled'),
  locked: (until: string) =>
    new DomainError('ACCOUNT.LOCKED', '账号已被临时锁定', `Too many failed sign-ins: the account is locked until ${until}`, { until }),
};

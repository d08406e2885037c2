import type { AccountEventType } from './account/events';

/** What each fact about an account means to people, in the account's history. */
export const ACCOUNT_EVENT_DESCRIPTIONS: Readonly<Record<AccountEventType, { readonly zh: string; readonly en: string }>> = {
  AccountCreated: { zh: '开设账号', en: 'Account created' },
  RoleGranted: { zh: '授予角色', en: 'Role granted' },
  RoleWithdrawn: { zh: '撤销角色', en: 'Role withdrawn' },
  ParkGranted: { zh: '授予园区', en: 'Park granted' },
  ParkWithdrawn: { zh: '撤销园区', en: 'Park withdrawn' },
  PasswordSet: { zh: '设置密码', en: 'Password set' },
  AccountDisabled: { zh: '停用账号', en: 'Account disabled' },
  AccountEnabled: { zh: '启用账号', en: 'Account enabled' },
  SignInSucceeded: { zh: '登录成功', en: 'Signed in' },
  SignInFailed: { zh: '登录失败', en: 'Sign-in failed' },
  SignedInThroughProvider: { zh: '通过统一身份认证登录', en: 'Signed in through the identity provider' },
  AccountLocked: { zh: '账号被临时锁定', en: 'Account locked' },
};

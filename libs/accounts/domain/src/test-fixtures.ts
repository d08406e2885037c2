import type { AccountEvent } from './account/events';

type Of<Type extends AccountEvent['type']> = Extract<AccountEvent, { type: Type }>;
import type { SignInPolicy } from './account/values';

export const sealed = (credentialId: string) => ({ credentialId, credential: `sealed-${credentialId}` });

export const created: Of<'AccountCreated'> = {
  type: 'AccountCreated',
  data: { accountId: 'zhang.wei', username: 'zhang.wei', displayName: '张伟', roles: ['promoter'], parks: ['xiangxiang-edz'] },
};
export const oneTimePassword: Of<'PasswordSet'> = {
  type: 'PasswordSet',
  data: { accountId: 'zhang.wei', ...sealed('c1'), kind: 'one-time' },
};
export const chosenPassword: Of<'PasswordSet'> = { type: 'PasswordSet', data: { accountId: 'zhang.wei', ...sealed('c2'), kind: 'chosen' } };

export const policy: SignInPolicy = { maxFailures: 3, lockMinutes: 15, firstDelaySeconds: 1, maxDelaySeconds: 30 };

export const failed = (at: string, consecutiveFailures: number): AccountEvent => ({
  type: 'SignInFailed',
  data: { accountId: 'zhang.wei', at, consecutiveFailures },
});

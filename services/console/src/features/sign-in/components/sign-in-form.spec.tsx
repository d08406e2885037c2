import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeFetch, renderInConsole } from '../../../testing/render';
import { SignInForm } from './sign-in-form';

async function signIn(password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('用户名'), 'zhang.wei');
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: /登\s*录/ }));
}

describe('the sign-in form', () => {
  it('shows a wrong password as the server words it, with its code', async () => {
    fakeFetch({
      'GET /api/v1/session/options': [200, { password: true, oidc: null }],
      'POST /api/v1/session': [401, { code: 'AUTH.INVALID_CREDENTIALS', title: '用户名或密码错误', detail: 'Wrong user name or password' }],
    });
    renderInConsole(<SignInForm returnTo="/" />);
    await signIn('wrong');
    expect(await screen.findByText('用户名或密码错误')).toBeInTheDocument();
    expect(screen.getByText('错误代码：AUTH.INVALID_CREDENTIALS')).toBeInTheDocument();
  });

  it('says for how long a locked account waits', async () => {
    fakeFetch({
      'GET /api/v1/session/options': [200, { password: true, oidc: null }],
      'POST /api/v1/session': [
        423,
        { code: 'AUTH.ACCOUNT_LOCKED', title: '账号已锁定', detail: 'Locked', retryAfterSeconds: 600 },
        { 'Retry-After': '600' },
      ],
    });
    renderInConsole(<SignInForm returnTo="/" />);
    await signIn('again');
    expect(await screen.findByText('账号因多次密码错误已被锁定，请约 10 分钟后再试')).toBeInTheDocument();
  });

  it('sends the user name and password once, and offers the identity provider when one is configured', async () => {
    const { calls } = fakeFetch({
      'GET /api/v1/session/options': [
        200,
        { password: true, oidc: { label: '县政务统一身份认证', loginUrl: '/api/v1/session/oidc/login' } },
      ],
      'POST /api/v1/session': [
        200,
        {
          user: { id: 'u1', username: 'zhang.wei', displayName: '张伟' },
          role: 'promoter',
          roles: ['promoter'],
          parks: [],
          mustChangePassword: false,
          expiresAt: '2026-03-02T10:00:00Z',
        },
      ],
    });
    renderInConsole(<SignInForm returnTo="/leads" />);
    expect(await screen.findByText('通过县政务统一身份认证登录')).toBeInTheDocument();
    await signIn('正确的密码');
    await waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1));
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ username: 'zhang.wei', password: '正确的密码' });
  });
});

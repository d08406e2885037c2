import { fakeFetch } from '../../testing/render';
import { api, onUnauthenticated, request } from './client';
import { ApiProblem } from './problem';

describe('the console’s requests', () => {
  it('carries X-IA-Console on unsafe methods only, and the session cookie on every request', async () => {
    const { calls } = fakeFetch({
      'GET /api/v1/leads': [200, { items: [] }],
      'POST /api/v1/leads/{id}/hold': [200, {}],
      'POST /api/v1/leads/l-1/hold': [200, { id: 'l-1' }],
    });
    await api('get', '/api/v1/leads', { query: { status: 'open', search: '' } });
    await api('post', '/api/v1/leads/{id}/hold', { params: { id: 'l-1' }, body: { reason: '企业暂停扩产' } });
    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/v1/leads?status=open' });
    expect(calls[0]?.headers['X-IA-Console']).toBeUndefined();
    expect(calls[1]).toMatchObject({ method: 'POST', url: '/api/v1/leads/l-1/hold', body: { reason: '企业暂停扩产' } });
    expect(calls[1]?.headers['X-IA-Console']).toBe('1');
    expect((global.fetch as jest.Mock).mock.calls[0][1]).toMatchObject({ credentials: 'same-origin' });
  });

  it('turns a refusal into a problem with its code, Chinese title and field errors', async () => {
    fakeFetch({
      'POST /api/v1/leads': [
        400,
        {
          type: 'urn:x',
          status: 400,
          code: 'REQUEST.VALIDATION_FAILED',
          title: '请求参数有误',
          detail: 'Invalid',
          errors: [{ field: 'uscc', code: 'USCC.CHECK_CHARACTER', title: '校验码错误' }],
        },
      ],
    });
    const refusal = (await api('post', '/api/v1/leads', { body: {} as never }).catch((error: unknown) => error)) as ApiProblem;
    expect(refusal).toBeInstanceOf(ApiProblem);
    expect(refusal).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION_FAILED', title: '请求参数有误' });
    expect(refusal.errors).toEqual([{ field: 'uscc', code: 'USCC.CHECK_CHARACTER', title: '校验码错误', detail: '' }]);
  });

  it('reads the platform’s validation errors, which name a field with its messages', async () => {
    fakeFetch({
      'POST /api/v1/leads': [
        400,
        {
          code: 'REQUEST.VALIDATION_FAILED',
          title: '请求参数校验失败',
          detail: 'Invalid',
          errors: [{ field: 'sourceName', messages: ['a', 'b'] }],
        },
      ],
    });
    const refusal = (await api('post', '/api/v1/leads', { body: {} as never }).catch((error: unknown) => error)) as ApiProblem;
    expect(refusal.errors).toEqual([{ field: 'sourceName', code: '', title: '', detail: 'a; b' }]);
  });

  it('reads how long a locked account waits from Retry-After, and reports an ended session', async () => {
    fakeFetch({
      'POST /api/v1/session': [423, { code: 'AUTH.ACCOUNT_LOCKED', title: '账号已锁定', detail: 'Locked' }, { 'Retry-After': '900' }],
      'GET /api/v1/leads': [401, { code: 'AUTH.UNAUTHENTICATED', title: '未登录', detail: 'No session' }],
    });
    const locked = (await request('post', '/api/v1/session', { username: 'a', password: 'b' }).catch(
      (error: unknown) => error,
    )) as ApiProblem;
    expect(locked.extra['retryAfterSeconds']).toBe(900);
    const ended = jest.fn();
    onUnauthenticated(ended);
    await expect(api('get', '/api/v1/leads')).rejects.toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
    expect(ended).toHaveBeenCalledTimes(1);
  });
});

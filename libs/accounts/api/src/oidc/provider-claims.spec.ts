import type { OidcSettings } from '@ia/platform';
import { identityFromClaims } from './provider-claims';

const settings: OidcSettings = {
  issuer: 'https://idp.example',
  clientId: 'ia-suite',
  redirectUrl: 'https://ia.example/api/v1/session/oidc/callback',
  scopes: 'openid profile',
  label: '统一身份认证登录',
  claims: { username: 'preferred_username', name: 'name', roles: 'roles', parks: 'parks' },
  roleMap: {},
};

describe('the person from the provider’s claims', () => {
  it('takes the user name, name, roles and parks the settings name', () => {
    expect(
      identityFromClaims(
        { sub: 'u1', preferred_username: 'Wang.Qiang', name: '王强', roles: 'leader auditor', parks: ['xiangxiang-edz'] },
        settings,
      ),
    ).toEqual({
      kind: 'accepted',
      identity: { username: 'wang.qiang', displayName: '王强', subject: 'u1', roles: ['leader', 'auditor'], parks: ['xiangxiang-edz'] },
    });
  });

  it('maps the provider’s own names through the role map, and ignores names that are no role', () => {
    const mapped = { ...settings, roleMap: { 代办中心: 'agent' } };
    expect(identityFromClaims({ sub: 'u1', preferred_username: 'li', roles: ['代办中心', 'admin'] }, mapped)).toMatchObject({
      identity: { roles: ['agent'], parks: [] },
    });
  });

  it('refuses no role, an unusable user name, and a park it cannot read rather than widen to the county', () => {
    expect(identityFromClaims({ sub: 'u1', preferred_username: 'li', roles: ['root'] }, settings)).toEqual({
      kind: 'refused',
      reason: 'role',
    });
    expect(identityFromClaims({ sub: 'u1', preferred_username: '李 四', roles: ['leader'] }, settings)).toEqual({
      kind: 'refused',
      reason: 'username',
    });
    expect(identityFromClaims({ sub: 'u1', preferred_username: 'li', roles: ['leader'], parks: ['湘乡 经开区'] }, settings)).toEqual({
      kind: 'refused',
      reason: 'parks',
    });
  });
});

import { chosenPassword, oneTimePassword } from '../test-fixtures';
import { reviseSession, type SessionGrants } from './session-revision';

const grants: SessionGrants = { roles: ['promoter', 'leader'], activeRole: 'promoter', parks: ['xiangxiang-edz'] };
const data = { accountId: 'zhang.wei' };

describe('a session following its account', () => {
  it('ends when the account is disabled, locked, or given a password by someone else', () => {
    expect(reviseSession(grants, { type: 'AccountDisabled', data })).toEqual({ kind: 'end' });
    expect(reviseSession(grants, { type: 'AccountLocked', data: { ...data, at: 'x', until: 'y', failures: 5 } })).toEqual({ kind: 'end' });
    expect(reviseSession(grants, oneTimePassword)).toEqual({ kind: 'end' });
    expect(reviseSession(grants, chosenPassword)).toEqual({ kind: 'keep' });
  });

  it('ends when the role it acts in is withdrawn, and drops another withdrawn role', () => {
    expect(reviseSession(grants, { type: 'RoleWithdrawn', data: { ...data, role: 'promoter' } })).toEqual({ kind: 'end' });
    expect(reviseSession(grants, { type: 'RoleWithdrawn', data: { ...data, role: 'leader' } })).toEqual({
      kind: 'revise',
      grants: { ...grants, roles: ['promoter'] },
    });
    expect(reviseSession(grants, { type: 'RoleGranted', data: { ...data, role: 'agent' } })).toEqual({
      kind: 'revise',
      grants: { ...grants, roles: ['promoter', 'leader', 'agent'] },
    });
  });

  it('loses a withdrawn park from its next request on', () => {
    const twoParks = { ...grants, parks: ['xiangxiang-edz', 'shaoshan-hitech'] };
    expect(reviseSession(twoParks, { type: 'ParkWithdrawn', data: { ...data, parkId: 'shaoshan-hitech' } })).toEqual({
      kind: 'revise',
      grants,
    });
    expect(reviseSession(grants, { type: 'ParkGranted', data: { ...data, parkId: 'xiangxiang-edz' } })).toEqual({ kind: 'keep' });
  });
});

import { acceptedFiling, acceptedUnderCommitment, assigned, FILING_CORE, opened, spec, submitted, takenIn } from '../test-support/fixtures';

describe('commitments and waivers', () => {
  describe('CheckCommitment (告知承诺的事后核查)', () => {
    const committed = [opened(), assigned, takenIn(FILING_CORE), acceptedUnderCommitment];
    const check = (kept: boolean, consequence?: 'revocation' | 'order_to_fix') =>
      ({
        type: 'CheckCommitment',
        data: {
          checkedOn: '2026-04-01',
          kept,
          finding: kept ? '已取得环评批复' : '未取得环评批复，承诺不实',
          ...(consequence && { consequence }),
        },
      }) as const;

    it('records a kept commitment', () => {
      spec
        .given(committed)
        .when(check(true))
        .then([{ type: 'CommitmentKept', data: { checkedOn: '2026-04-01', finding: '已取得环评批复' } }]);
    });

    it('records a broken commitment with its consequence; revocation ends the item even after the grant', () => {
      const granted = {
        type: 'ItemGranted',
        data: {
          itemId: 'x',
          projectId: 'p',
          itemCode: 'project_filing',
          stage: 'project_approval',
          grantedOn: '2026-03-03',
          licenceNumber: '备2026-1',
          projectCode: '2026-430100-38-03-012345',
        },
      } as const;
      const history = [...committed, submitted(), granted];
      const broken = {
        type: 'CommitmentBroken',
        data: { checkedOn: '2026-04-01', finding: '未取得环评批复，承诺不实', consequence: 'revocation' },
      } as const;
      spec.given(history).when(check(false, 'revocation')).then([broken]);
      expect(spec.given([...history, broken]).state()).toMatchObject({
        status: 'revoked',
        commitment: { outcome: 'broken', consequence: 'revocation', checkedOn: '2026-04-01' },
      });
    });

    it('keeps the item running on an order to fix', () => {
      const broken = {
        type: 'CommitmentBroken',
        data: { checkedOn: '2026-04-01', finding: '未取得环评批复，承诺不实', consequence: 'order_to_fix' },
      } as const;
      expect(spec.given([...committed, broken]).state()).toMatchObject({
        status: 'accepted',
        commitment: { outcome: 'broken', consequence: 'order_to_fix' },
      });
    });

    it('refuses a broken commitment without its consequence', () => {
      spec.given(committed).when(check(false)).thenThrows('APPROVAL.CONSEQUENCE_REQUIRED');
    });

    it('refuses an item without a commitment, and a second check', () => {
      spec.given(acceptedFiling).when(check(true)).thenThrows('APPROVAL.NO_COMMITMENT');
      spec
        .given([...committed, { type: 'CommitmentKept', data: { checkedOn: '2026-04-01', finding: '已核查' } }])
        .when(check(true))
        .thenThrows('APPROVAL.COMMITMENT_ALREADY_CHECKED');
    });
  });

  describe('WaiveItem', () => {
    it('waives an item with the reason', () => {
      spec
        .given([opened()])
        .when({ type: 'WaiveItem', data: { waivedOn: '2026-03-02', reason: '租赁标准厂房，无需办理' } })
        .then([{ type: 'ItemWaived', data: { waivedOn: '2026-03-02', reason: '租赁标准厂房，无需办理' } }]);
    });

    it('refuses an item that is closed', () => {
      spec
        .given([opened(), { type: 'ItemWaived', data: { waivedOn: '2026-03-02', reason: '无需办理' } }])
        .when({ type: 'WaiveItem', data: { waivedOn: '2026-03-02', reason: '再次' } })
        .thenThrows('APPROVAL.ITEM_CLOSED');
    });
  });
});

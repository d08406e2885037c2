import { DEFAULT_CATALOG } from '../catalog/default-catalog';
import { acceptedFiling, BUSINESS_REGISTRATION, FILING, opened, PROJECT_ID, spec } from '../test-support/fixtures';
import type { ApprovalItemEvent } from './events';
import { commitmentRouteLost, itemToAdd, projectPark, unmetPrerequisites } from './project-rules';
import type { ApprovalItem } from './state';

const item = (events: readonly ApprovalItemEvent[]) => spec.given(events).state() as ApprovalItem;
const filing = item(acceptedFiling);
const registrationWith = (last: ApprovalItemEvent | undefined) => item([opened(BUSINESS_REGISTRATION), ...(last ? [last] : [])]);

describe('rules over a project’s items', () => {
  it('finds a prerequisite unmet until it is granted or waived', () => {
    expect(unmetPrerequisites(filing, [filing])).toEqual(['business_registration']);
    expect(unmetPrerequisites(filing, [filing, registrationWith(undefined)])).toEqual(['business_registration']);
    const granted: ApprovalItemEvent = {
      type: 'ItemGranted',
      data: {
        itemId: 'r',
        projectId: PROJECT_ID,
        itemCode: 'business_registration',
        stage: 'on_signing',
        grantedOn: '2026-03-02',
        licenceNumber: '91430100MA4L000001',
      },
    };
    expect(unmetPrerequisites(filing, [filing, registrationWith(granted)])).toEqual([]);
    expect(
      unmetPrerequisites(filing, [registrationWith({ type: 'ItemWaived', data: { waivedOn: '2026-03-02', reason: '已有营业执照' } })]),
    ).toEqual([]);
  });

  it('loses the commitment route after a broken commitment on the project', () => {
    expect(commitmentRouteLost([filing])).toBe(false);
    const broken = item([
      ...acceptedFiling.slice(0, 3),
      { type: 'ItemAcceptedUnderCommitment', data: { acceptedOn: '2026-03-02', promise: '承诺', checkOn: '2026-03-10' } },
      { type: 'CommitmentBroken', data: { checkedOn: '2026-03-10', finding: '承诺不实', consequence: 'order_to_fix' } },
    ]);
    expect(commitmentRouteLost([filing, broken])).toBe(true);
  });

  it('adds a catalog item the project lacks, and refuses the rest', () => {
    expect(itemToAdd(DEFAULT_CATALOG, PROJECT_ID, [filing], 'energy_review').code).toBe('energy_review');
    expect(() => itemToAdd(DEFAULT_CATALOG, PROJECT_ID, [], 'energy_review')).toThrow(
      expect.objectContaining({ code: 'PROJECT.NOT_FOUND' }),
    );
    expect(() => itemToAdd(DEFAULT_CATALOG, PROJECT_ID, [filing], 'moon_landing')).toThrow(
      expect.objectContaining({ code: 'APPROVAL.UNKNOWN_ITEM' }),
    );
    expect(() => itemToAdd(DEFAULT_CATALOG, PROJECT_ID, [filing], FILING.code)).toThrow(
      expect.objectContaining({ code: 'APPROVAL.ALREADY_PLANNED' }),
    );
    const waived = item([opened(), { type: 'ItemWaived', data: { waivedOn: '2026-03-02', reason: '暂缓' } }]);
    expect(itemToAdd(DEFAULT_CATALOG, PROJECT_ID, [waived], FILING.code).code).toBe(FILING.code);
  });

  it('knows the project’s park only from what its items recorded, never by a guess', () => {
    expect(projectPark([])).toBeUndefined();
    expect(projectPark(['xiangxiang-edz', 'xiangxiang-edz'])).toBe('xiangxiang-edz');
    expect(projectPark([undefined, 'xiangxiang-edz'])).toBe('xiangxiang-edz');
    expect(projectPark([undefined, undefined])).toBeNull();
    expect(projectPark(['xiangxiang-edz', 'yuanqu-hitech'])).toBeNull();
  });
});

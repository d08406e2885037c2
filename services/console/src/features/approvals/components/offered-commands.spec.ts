import type { ApprovalItem } from '../api/approvals';
import { offeredCommands } from './offered-commands';

const item = (fields: Partial<ApprovalItem>): ApprovalItem => ({
  status: 'opened',
  deficiencies: [],
  suspensions: [],
  item: { deficiencyAllowed: true, commitmentAllowed: false },
  ...fields,
});

describe('the commands an approval item offers', () => {
  it('offers taking an item that is someone else’s or nobody’s, then the intake', () => {
    expect(offeredCommands(item({}), 'agent-wang', '2026-03-02')).toEqual(['assignment', 'intake', 'waiver']);
    expect(offeredCommands(item({ assignee: 'agent-wang' }), 'agent-wang', '2026-03-02')).toEqual(['intake', 'waiver']);
  });

  it('offers 容缺 acceptance only where the catalog allows it', () => {
    const takenIn = item({ status: 'taken_in', assignee: 'me' });
    expect(offeredCommands(takenIn, 'me', '2026-03-02')).toEqual(['acceptance', 'acceptance-with-deficiencies']);
    expect(offeredCommands({ ...takenIn, item: { deficiencyAllowed: false, commitmentAllowed: true } }, 'me', '2026-03-02')).toEqual([
      'acceptance',
      'acceptance-under-commitment',
    ]);
  });

  it('offers supplying an outstanding material, suspending only once its promise is missed, and grants only when nothing is missing', () => {
    const submitted = item({
      status: 'submitted',
      assignee: 'me',
      deficiencies: [{ materialCode: 'address_proof', promisedOn: '2026-03-06' }],
    });
    expect(offeredCommands(submitted, 'me', '2026-03-06')).toEqual(['supplies', 'correction-request', 'rejection']);
    expect(offeredCommands(submitted, 'me', '2026-03-09')).toEqual(['supplies', 'suspension', 'correction-request', 'rejection']);
    const supplied = {
      ...submitted,
      deficiencies: [{ materialCode: 'address_proof', promisedOn: '2026-03-06', suppliedOn: '2026-03-05' }],
    };
    expect(offeredCommands(supplied, 'me', '2026-03-06')).toEqual(['grant', 'correction-request', 'rejection']);
  });

  it('offers returning the file of a suspended item, and nothing on a closed one', () => {
    const suspended = item({
      status: 'accepted',
      assignee: 'me',
      deficiencies: [{ materialCode: 'address_proof', promisedOn: '2026-03-06' }],
      suspensions: [{ suspendedOn: '2026-03-09', supplyBy: '2026-03-30' }],
    });
    expect(offeredCommands(suspended, 'me', '2026-03-31')).toEqual(['supplies', 'file-return']);
    expect(offeredCommands(item({ status: 'granted' }), 'me', '2026-03-31')).toEqual([]);
  });
});

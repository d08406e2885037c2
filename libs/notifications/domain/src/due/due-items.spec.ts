import { createWorkingCalendar, seedCalendarData } from '@ia/reference';
import { applyFact } from '../watch/apply-fact';
import type { Fact, Watched } from '../watch/facts';
import { addMonths, dueItemsOf, isStillDue, stageOn } from './due-items';

const calendar = createWorkingCalendar(seedCalendarData());
const watch = (...facts: Fact[]) => facts.reduce<Watched | undefined>(applyFact, undefined) as Watched;

describe('what falls due, and when', () => {
  it('gives a lead 1 working day to be answered and 3 to be assessed, across the Qingming holiday', () => {
    // 2026-04-03 is a Friday before Qingming (4–6 April off): the next working days are 7, 8 and 9 April.
    const lead = watch(
      { type: 'LeadRegistered', parkId: 'xiangxiang-edz', companyName: '湘乡电气', registeredOn: '2026-04-03' },
      { type: 'LeadPromoterAssigned', promoterId: 'alice' },
    );
    expect(dueItemsOf(lead, calendar)).toEqual([
      expect.objectContaining({
        key: 'first_response',
        dueOn: '2026-04-07',
        responsible: 'alice',
        subject: '湘乡电气',
        parkId: 'xiangxiang-edz',
      }),
      expect.objectContaining({ key: 'assessment', dueOn: '2026-04-09' }),
    ]);
    const answered = applyFact(lead, { type: 'LeadFollowedUp', on: '2026-04-07' });
    expect(dueItemsOf(answered, calendar).map((item) => item.key)).toEqual(['assessment']);
    expect(dueItemsOf(applyFact(answered, { type: 'LeadStatusChanged', status: 'dropped' }), calendar)).toEqual([]);
  });

  it('counts an approval item’s limit from acceptance, pushes it back by a stop, and follows each promised material', () => {
    const opened = watch(
      {
        type: 'ItemOpened',
        projectId: 'p-1',
        parkId: 'xiangxiang-edz',
        itemName: '建筑工程施工许可证',
        timeLimitDays: 5,
        openedOn: '2026-03-02',
      },
      { type: 'AgentAssigned', agentId: 'agent-wang' },
    );
    expect(dueItemsOf(opened, calendar)).toEqual([]);
    const accepted = applyFact(opened, {
      type: 'ItemAccepted',
      on: '2026-03-02',
      promised: [{ materialCode: 'fire_design', promisedOn: '2026-03-06' }],
    });
    expect(dueItemsOf(accepted, calendar)).toEqual([
      expect.objectContaining({
        key: 'limit',
        kind: 'approval_limit',
        dueOn: '2026-03-09',
        warnFrom: '2026-03-06',
        responsible: 'agent-wang',
      }),
      expect.objectContaining({ key: 'material:fire_design', kind: 'promised_material', dueOn: '2026-03-06', warnFrom: '2026-03-05' }),
    ]);
    const stopped = applyFact(accepted, { type: 'ClockStopped', on: '2026-03-04' });
    expect(dueItemsOf(stopped, calendar).map((item) => item.key)).toEqual(['material:fire_design']);
    const resumed = applyFact(applyFact(stopped, { type: 'ClockResumed', on: '2026-03-06' }), {
      type: 'MaterialSupplied',
      materialCode: 'fire_design',
      on: '2026-03-06',
    });
    // Stopped from Wednesday to Friday: two working days later than before.
    expect(dueItemsOf(resumed, calendar)).toEqual([expect.objectContaining({ key: 'limit', dueOn: '2026-03-11' })]);
    expect(dueItemsOf(applyFact(resumed, { type: 'ItemClosed', on: '2026-03-10' }), calendar)).toEqual([]);
  });

  it('follows a problem to its due date, the start and production the agreement allows, and the leader’s monthly visit', () => {
    const problem = watch(
      {
        type: 'ProblemRaised',
        projectId: 'p-1',
        parkId: 'xiangxiang-edz',
        projectName: '星辰项目',
        category: 'power_supply',
        raisedOn: '2026-04-01',
      },
      { type: 'ProblemAssigned', responsibleUnit: '县供电公司', dueOn: '2026-04-10' },
    );
    expect(dueItemsOf(problem, calendar)).toEqual([expect.objectContaining({ key: 'problem', dueOn: '2026-04-10', detail: '县供电公司' })]);
    expect(isStillDue(applyFact(problem, { type: 'ProblemResolved', on: '2026-04-09' }), 'problem')).toBe(false);

    const project = watch(
      { type: 'ProjectSigned', parkId: 'xiangxiang-edz', projectName: '星辰项目', daysFromDeliveryToStart: 30, monthsToProduction: 12 },
      { type: 'LandDelivered', on: '2026-01-31' },
      { type: 'LeaderAssigned', leaderId: 'leader-li', on: '2026-02-01' },
      { type: 'LeaderVisited', on: '2026-02-20' },
    );
    expect(dueItemsOf(project, calendar)).toEqual([
      expect.objectContaining({ key: 'work_start', dueOn: '2026-03-02', warnFrom: '2026-02-23' }),
      expect.objectContaining({ key: 'production_start', dueOn: '2027-01-31' }),
      expect.objectContaining({ key: 'visit:2026-02-20', kind: 'leader_visit', dueOn: '2026-03-22', responsible: 'leader-li' }),
    ]);
    const started = applyFact(applyFact(project, { type: 'WorkStarted', on: '2026-02-25' }), {
      type: 'ProductionStarted',
      on: '2026-12-01',
      full: true,
    });
    expect(dueItemsOf(started, calendar)).toEqual([]);
    expect(dueItemsOf(applyFact(project, { type: 'ProjectEnded', on: '2026-03-01' }), calendar)).toEqual([]);
  });

  it('calls for the reminder before the deadline from its warning day, and for the other after it', () => {
    const item = { key: 'k', kind: 'problem', dueOn: '2026-04-10', warnFrom: '2026-04-09', provisional: false, subject: 's' } as const;
    expect(stageOn(item, '2026-04-08')).toBeUndefined();
    expect(stageOn(item, '2026-04-09')).toBe('due_soon');
    expect(stageOn(item, '2026-04-10')).toBe('due_soon');
    expect(stageOn(item, '2026-04-11')).toBe('overdue');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 14)).toBe('2028-01-15');
  });
});

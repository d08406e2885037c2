import { deciderSpec } from '@ia/testing';
import type { DispatchEvent } from './dispatch';
import { dispatchDecider } from './decider';
import type { DispatchSnapshot, ProblemLine } from './snapshot';

const spec = deciderSpec(dispatchDecider);
const parkId = 'park-xiangxiang';
const problem = (problemId: string, status: 'open' | 'solved'): ProblemLine => ({
  problemId,
  projectId: 'project-1',
  parkId,
  projectName: '医疗器械产业园',
  category: 'power_supply',
  description: '变压器烧毁',
  raisedOn: '2026-02-10',
  status,
  progress: [],
  overdue: false,
});
const february: DispatchSnapshot = {
  progress: [
    { projectId: 'project-1', projectName: '医疗器械产业园', stage: 'cleared', landDeliveredOn: '2026-02-02', completedToDateYuan: 0 },
  ],
  openProblems: [problem('problem-1', 'open')],
  solvedProblems: [],
};
const march: DispatchSnapshot = {
  progress: [
    {
      projectId: 'project-1',
      projectName: '医疗器械产业园',
      stage: 'foundation',
      landDeliveredOn: '2026-02-02',
      startedOn: '2026-02-05',
      daysFromDeliveryToStart: 3,
      completedToDateYuan: 10_000_000,
    },
    { projectId: 'project-2', projectName: '新能源装备', stage: 'awaiting_permit', landDeliveredOn: '2026-03-01', completedToDateYuan: 0 },
  ],
  openProblems: [problem('problem-2', 'open')],
  solvedProblems: [problem('problem-1', 'solved')],
};
const window = { firstDay: 23, lastDay: 27 };
const heldInFebruary: DispatchEvent = {
  type: 'DispatchHeld',
  data: {
    parkId,
    month: '2026-02',
    heldOn: '2026-02-25',
    window,
    snapshot: february,
    changes: { problemsOpened: ['problem-1'], problemsSolved: [], projectsAdvanced: [{ projectId: 'project-1', to: 'cleared' }] },
  },
};
const admin = { id: 'wang', role: 'admin' } as const;

describe('monthly dispatch', () => {
  it('freezes the three ledgers inside the default window, the 23rd to the 27th', () => {
    spec
      .given([])
      .when({ type: 'HoldDispatch', data: { parkId, month: '2026-02', heldOn: '2026-02-25', snapshot: february } })
      .then([heldInFebruary]);
  });
  it('says what changed since the previous dispatch', () => {
    const [event] = spec
      .given([heldInFebruary])
      .when({ type: 'HoldDispatch', data: { parkId, month: '2026-03', heldOn: '2026-03-23', snapshot: march } })
      .events();
    expect(event?.data).toMatchObject({
      previousMonth: '2026-02',
      changes: {
        problemsOpened: ['problem-2'],
        problemsSolved: ['problem-1'],
        projectsAdvanced: [
          { projectId: 'project-1', from: 'cleared', to: 'foundation' },
          { projectId: 'project-2', to: 'awaiting_permit' },
        ],
      },
    });
  });
  it('refuses outside the window unless an administrator overrides with a reason, which is recorded', () => {
    const outside = { parkId, month: '2026-03', heldOn: '2026-03-28', snapshot: march };
    spec.given([]).when({ type: 'HoldDispatch', data: outside }).thenThrows('DISPATCH.OUTSIDE_WINDOW');
    spec
      .given([])
      .when({ type: 'HoldDispatch', data: { ...outside, override: { reason: '防汛推迟', by: { id: 'li', role: 'leader' } } } })
      .thenThrows('DISPATCH.OVERRIDE_NOT_ALLOWED');
    const [event] = spec
      .given([])
      .when({ type: 'HoldDispatch', data: { ...outside, override: { reason: '防汛推迟', by: admin } } })
      .events();
    expect(event?.data).toMatchObject({ override: { reason: '防汛推迟', by: admin } });
  });
  it('counts a day in another month as outside the window', () => {
    spec
      .given([])
      .when({ type: 'HoldDispatch', data: { parkId, month: '2026-02', heldOn: '2026-03-25', snapshot: march } })
      .thenThrows('DISPATCH.OUTSIDE_WINDOW');
  });
  it('follows a configured window', () => {
    spec
      .given([])
      .when({ type: 'ConfigureDispatchWindow', data: { parkId, firstDay: 20, lastDay: 30 } })
      .then([{ type: 'DispatchWindowConfigured', data: { parkId, firstDay: 20, lastDay: 30 } }]);
    const configured: DispatchEvent = { type: 'DispatchWindowConfigured', data: { parkId, firstDay: 20, lastDay: 30 } };
    const [event] = spec
      .given([configured])
      .when({ type: 'HoldDispatch', data: { parkId, month: '2026-03', heldOn: '2026-03-29', snapshot: march } })
      .events();
    expect(event?.data).toMatchObject({ window: { firstDay: 20, lastDay: 30 } });
    spec
      .given([])
      .when({ type: 'ConfigureDispatchWindow', data: { parkId, firstDay: 27, lastDay: 23 } })
      .thenThrows('DISPATCH.INVALID_WINDOW');
  });
  it('refuses a second dispatch of the month and a month before the previous one', () => {
    spec
      .given([heldInFebruary])
      .when({ type: 'HoldDispatch', data: { parkId, month: '2026-02', heldOn: '2026-02-26', snapshot: february } })
      .thenThrows('DISPATCH.ALREADY_HELD');
    spec
      .given([heldInFebruary])
      .when({ type: 'HoldDispatch', data: { parkId, month: '2026-01', heldOn: '2026-01-25', snapshot: february } })
      .thenThrows('DISPATCH.MONTH_BEFORE_PREVIOUS');
  });
});

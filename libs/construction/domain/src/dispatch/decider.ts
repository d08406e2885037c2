import { assertNever, type Aggregate, type Decider } from '@ia/kernel';
import { dispatchErrors } from '../errors';
import { DEFAULT_WINDOW, type DispatchChanges, type DispatchCommand, type DispatchEvent, type DispatchWindow } from './dispatch';
import type { DispatchSnapshot } from './snapshot';

export interface DispatchState {
  readonly window: DispatchWindow;
  readonly previous?: { readonly month: string; readonly snapshot: DispatchSnapshot };
}

const inWindow = (window: DispatchWindow, month: string, heldOn: string) => {
  const day = Number(heldOn.slice(8, 10));
  return heldOn.slice(0, 7) === month && day >= window.firstDay && day <= window.lastDay;
};

/** What moved since the previous dispatch: problems opened and solved, projects that reached a new stage. */
export function changesSince(previous: DispatchSnapshot | undefined, current: DispatchSnapshot): DispatchChanges {
  const openBefore = new Set(previous?.openProblems.map((line) => line.problemId));
  const solvedBefore = new Set(previous?.solvedProblems.map((line) => line.problemId));
  const stageBefore = new Map(previous?.progress.map((line) => [line.projectId, line.stage]));
  return {
    problemsOpened: current.openProblems.filter((line) => !openBefore.has(line.problemId)).map((line) => line.problemId),
    problemsSolved: current.solvedProblems.filter((line) => !solvedBefore.has(line.problemId)).map((line) => line.problemId),
    projectsAdvanced: current.progress
      .filter((line) => stageBefore.get(line.projectId) !== line.stage)
      .map((line) => {
        const from = stageBefore.get(line.projectId);
        return from === undefined ? { projectId: line.projectId, to: line.stage } : { projectId: line.projectId, from, to: line.stage };
      }),
  };
}

export const dispatchDecider: Decider<DispatchCommand, DispatchEvent, DispatchState> = {
  initialState: { window: DEFAULT_WINDOW },
  decide(command, state) {
    switch (command.type) {
      case 'ConfigureDispatchWindow': {
        const { firstDay, lastDay } = command.data;
        const valid = Number.isInteger(firstDay) && Number.isInteger(lastDay) && firstDay >= 1 && lastDay <= 31 && firstDay <= lastDay;
        if (!valid) throw dispatchErrors.invalidWindow();
        return [{ type: 'DispatchWindowConfigured', data: command.data }];
      }
      case 'HoldDispatch': {
        const { parkId, month, heldOn, snapshot, override } = command.data;
        const previous = state.previous;
        if (previous?.month === month) throw dispatchErrors.alreadyHeld(month);
        if (previous && month < previous.month) throw dispatchErrors.monthBeforePrevious(previous.month);
        const outside = !inWindow(state.window, month, heldOn);
        if (outside && override === undefined) throw dispatchErrors.outsideWindow(state.window.firstDay, state.window.lastDay);
        if (outside && override?.by.role !== 'admin') throw dispatchErrors.overrideNotAllowed();
        const changes = changesSince(previous?.snapshot, snapshot);
        const data = { parkId, month, heldOn, window: state.window, snapshot, changes, ...(previous && { previousMonth: previous.month }) };
        return [{ type: 'DispatchHeld', data: outside && override ? { ...data, override } : data }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'DispatchWindowConfigured':
        return { ...state, window: { firstDay: event.data.firstDay, lastDay: event.data.lastDay } };
      case 'DispatchHeld':
        return { ...state, previous: { month: event.data.month, snapshot: event.data.snapshot } };
      default:
        return assertNever(event);
    }
  },
};

export const dispatchAggregate: Aggregate<DispatchCommand, DispatchEvent, DispatchState> = {
  decider: dispatchDecider,
  correlate: () => ({}),
};

export const dispatchStream = (parkId: string) => `dispatch-${parkId}`;

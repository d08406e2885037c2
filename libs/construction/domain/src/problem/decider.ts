import { assertNever, type Aggregate, type Decider } from '@ia/kernel';
import { problemErrors } from '../errors';
import type { ProblemCommand, ProblemEvent, RaisedProblem } from './problem';

export type ProblemState =
  | { readonly status: 'none' }
  | { readonly status: 'open' | 'resolved'; readonly problem: RaisedProblem; readonly responsibleUnit?: string };

const openProblem = (state: ProblemState, date: string) => {
  if (state.status === 'none') throw problemErrors.notFound();
  if (state.status === 'resolved') throw problemErrors.alreadyResolved();
  if (date < state.problem.raisedOn) throw problemErrors.dateBeforeRaised(state.problem.raisedOn);
  return state;
};

export const problemDecider: Decider<ProblemCommand, ProblemEvent, ProblemState> = {
  initialState: { status: 'none' },
  decide(command, state) {
    switch (command.type) {
      case 'RaiseProblem': {
        if (state.status !== 'none') throw problemErrors.alreadyRaised();
        const { project, ...problem } = command.data;
        if (project === undefined) throw problemErrors.projectUnknown(problem.projectId);
        return [{ type: 'ProblemRaised', data: { ...problem, parkId: project.parkId, projectName: project.projectName } }];
      }
      case 'AssignProblem': {
        const current = openProblem(state, command.data.dueOn);
        return [{ type: 'ProblemAssigned', data: { problemId: current.problem.problemId, ...command.data } }];
      }
      case 'NoteProblemProgress': {
        const current = openProblem(state, command.data.notedOn);
        return [{ type: 'ProblemProgressNoted', data: { problemId: current.problem.problemId, ...command.data } }];
      }
      case 'ResolveProblem': {
        const current = openProblem(state, command.data.resolvedOn);
        if (current.responsibleUnit === undefined) throw problemErrors.notAssigned();
        return [{ type: 'ProblemResolved', data: { problemId: current.problem.problemId, ...command.data } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'ProblemRaised':
        return { status: 'open', problem: event.data };
      case 'ProblemAssigned':
        return state.status === 'none' ? state : { ...state, responsibleUnit: event.data.responsibleUnit };
      case 'ProblemProgressNoted':
        return state;
      case 'ProblemResolved':
        return state.status === 'none' ? state : { ...state, status: 'resolved' };
      default:
        return assertNever(event);
    }
  },
};

export const problemAggregate: Aggregate<ProblemCommand, ProblemEvent, ProblemState> = {
  decider: problemDecider,
  correlate: (state) => (state.status === 'none' ? {} : { projectId: state.problem.projectId }),
};

export const problemStream = (problemId: string) => `problem-${problemId}`;

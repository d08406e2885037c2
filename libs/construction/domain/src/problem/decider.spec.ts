import { deciderSpec } from '@ia/testing';
import { problemAggregate, problemDecider } from './decider';
import type { ProblemEvent } from './problem';

const spec = deciderSpec(problemDecider);
const raise = {
  problemId: 'problem-1',
  projectId: 'project-1',
  category: 'power_supply',
  description: '变压器烧毁',
  raisedOn: '2026-03-02',
} as const;
const raised: ProblemEvent = { type: 'ProblemRaised', data: { ...raise, parkId: 'park-xiangxiang', projectName: '医疗器械产业园' } };
const assigned: ProblemEvent = {
  type: 'ProblemAssigned',
  data: { problemId: 'problem-1', responsibleUnit: '供电公司', dueOn: '2026-03-15' },
};
const resolved: ProblemEvent = {
  type: 'ProblemResolved',
  data: { problemId: 'problem-1', resolvedOn: '2026-03-10', evidence: '送电确认单' },
};

describe('problem', () => {
  it('is raised for a project construction knows, in its park', () => {
    spec
      .given([])
      .when({ type: 'RaiseProblem', data: { ...raise, project: { parkId: 'park-xiangxiang', projectName: '医疗器械产业园' } } })
      .then([raised]);
    expect(problemAggregate.correlate(spec.given([raised]).state(), raised)).toEqual({ projectId: 'project-1' });
  });
  it('refuses a project construction does not know, and a second raise', () => {
    spec.given([]).when({ type: 'RaiseProblem', data: raise }).thenThrows('PROBLEM.PROJECT_UNKNOWN');
    spec
      .given([raised])
      .when({ type: 'RaiseProblem', data: { ...raise, project: { parkId: 'p', projectName: 'n' } } })
      .thenThrows('PROBLEM.ALREADY_RAISED');
  });
  it('is assigned, progresses and is resolved with evidence', () => {
    spec
      .given([raised])
      .when({ type: 'AssignProblem', data: { responsibleUnit: '供电公司', dueOn: '2026-03-15' } })
      .then([assigned]);
    spec
      .given([raised, assigned])
      .when({ type: 'NoteProblemProgress', data: { notedOn: '2026-03-06', note: '新变压器到货' } })
      .then([{ type: 'ProblemProgressNoted', data: { problemId: 'problem-1', notedOn: '2026-03-06', note: '新变压器到货' } }]);
    spec
      .given([raised, assigned])
      .when({ type: 'ResolveProblem', data: { resolvedOn: '2026-03-10', evidence: '送电确认单' } })
      .then([resolved]);
  });
  it('refuses what does not fit the problem’s life', () => {
    spec
      .given([])
      .when({ type: 'AssignProblem', data: { responsibleUnit: 'x', dueOn: '2026-03-15' } })
      .thenThrows('PROBLEM.NOT_FOUND');
    spec
      .given([raised])
      .when({ type: 'ResolveProblem', data: { resolvedOn: '2026-03-10', evidence: 'x' } })
      .thenThrows('PROBLEM.NOT_ASSIGNED');
    spec
      .given([raised, assigned, resolved])
      .when({ type: 'NoteProblemProgress', data: { notedOn: '2026-03-11', note: 'x' } })
      .thenThrows('PROBLEM.ALREADY_RESOLVED');
    spec
      .given([raised])
      .when({ type: 'AssignProblem', data: { responsibleUnit: 'x', dueOn: '2026-03-01' } })
      .thenThrows('PROBLEM.DATE_BEFORE_RAISED');
  });
});

import { deciderSpec } from '@ia/testing';
import { COMMITMENTS, learned, opened, PROJECT, PROJECT_ID } from '../test-support/fixtures';
import { commissioningAggregate, commissioningDecider, commissioningStream } from './decider';
import { parkOfCommissioning } from './state';

const spec = deciderSpec(commissioningDecider);
const open = {
  type: 'OpenCommissioning',
  data: { projectId: PROJECT_ID, constructionStartedOn: '2025-05-06', completedOn: '2026-01-20' },
} as const;
const learn = { type: 'LearnCommitments', data: { projectId: PROJECT_ID, project: PROJECT, commitments: COMMITMENTS } } as const;

describe('facts from other services', () => {
  it('opens commissioning when construction is completed', () => {
    spec.given([]).when(open).then([opened]);
    expect(spec.given([opened]).state()).toMatchObject({ stage: 'construction_completed', projectId: PROJECT_ID });
  });

  it('keeps the commitments whichever arrives first', () => {
    const signingFirst = spec.given([learned, opened]).state();
    const completionFirst = spec.given([opened, learned]).state();
    expect(signingFirst).toEqual(completionFirst);
    expect(completionFirst).toMatchObject({ stage: 'construction_completed', commitments: COMMITMENTS, project: PROJECT });
    expect(spec.given([learned]).state().stage).toBe('under_construction');
  });

  it('knows the park from the signing only, never from completed construction', () => {
    expect(parkOfCommissioning(spec.given([opened]).state())).toBeUndefined();
    expect(parkOfCommissioning(spec.given([opened, learned]).state())).toBe(PROJECT.parkId);
    expect(parkOfCommissioning(spec.given([learned]).state())).toBe(PROJECT.parkId);
  });

  it('learns the commitments once per agreement and opens once', () => {
    spec.given([]).when(learn).then([learned]);
    spec.given([opened, learned]).when(learn).then([]);
    spec.given([opened]).when(open).then([]);
  });

  it('replaces the commitments with those of a supplementary agreement', () => {
    const commitments = { ...COMMITMENTS, jobs: 400 };
    const amend = {
      type: 'AmendCommitments',
      data: { projectId: PROJECT_ID, agreementId: 'agreement-1', signedOn: '2025-10-09', commitments },
    } as const;
    spec
      .given([learned, opened])
      .when(amend)
      .then([{ type: 'CommitmentsAmended', data: amend.data }]);
    expect(spec.given([learned, opened, { type: 'CommitmentsAmended', data: amend.data }]).state().commitments?.jobs).toBe(400);
  });

  it('correlates every event with the project, and names the stream by it', () => {
    const state = spec.given([opened]).state();
    expect(commissioningAggregate.correlate(state, opened)).toEqual({ projectId: PROJECT_ID });
    expect(commissioningAggregate.correlate(spec.given([]).state(), opened)).toEqual({});
    expect(commissioningStream(PROJECT_ID)).toBe(`commissioning-${PROJECT_ID}`);
  });
});

import { ConstructionCompletedV1, WorkStartedV1, type ProjectSignedV1 } from '@ia/contracts';
import type { RecordedEvent } from '@ia/kernel';
import { toIntegrationEvent } from '../publishing';
import { onApprovalItemGranted, onLandDelivered, onProjectSigned } from './reactions.policy';

const event = (streamName: string, type: string, data: unknown) =>
  ({ streamName, type, data, metadata: { projectId: 'p' } }) as unknown as RecordedEvent;

describe('construction policies', () => {
  it('open the record on land delivery', () => {
    expect(
      onLandDelivered({
        projectId: 'p',
        parcelId: 'l',
        parcelCode: 'XX-7',
        deliveredOn: '2026-03-02',
        confirmationNumber: '交7',
        areaSquareMetres: 1000,
      }),
    ).toEqual({
      type: 'RecordLandDelivery',
      data: { projectId: 'p', deliveredOn: '2026-03-02', parcelId: 'l', parcelCode: 'XX-7', confirmationNumber: '交7' },
    });
  });
  it('learn the construction permit and nothing else from approvals', () => {
    const granted = {
      projectId: 'p',
      itemId: 'i',
      itemCode: 'construction_permit',
      stage: 'engineering_permits',
      grantedOn: '2026-03-04',
    } as const;
    expect(onApprovalItemGranted(granted)).toEqual({ type: 'RecordConstructionPermit', data: { projectId: 'p', grantedOn: '2026-03-04' } });
    expect(onApprovalItemGranted({ ...granted, itemCode: 'title_certificate' })).toBeUndefined();
  });
  it('learn the park, the name and the days allowed to start from the agreement', () => {
    const signed = {
      projectId: 'p',
      parkId: 'park',
      projectName: '医疗器械产业园',
      commitments: { daysFromDeliveryToStart: 30 },
    } as unknown as ProjectSignedV1;
    expect(onProjectSigned(signed)).toEqual({
      type: 'RecordAgreementTerms',
      data: { projectId: 'p', parkId: 'park', projectName: '医疗器械产业园', daysFromDeliveryToStart: 30 },
    });
  });
});

describe('construction publishing', () => {
  it('publishes the start of work and the completion', () => {
    const started = {
      projectId: 'p',
      landDeliveredOn: '2026-03-02',
      constructionPermitOn: '2026-03-04',
      startedOn: '2026-03-05',
      daysFromDeliveryToPermit: 2,
      daysFromPermitToStart: 1,
      daysFromDeliveryToStart: 3,
    };
    expect(toIntegrationEvent(event('construction-p', 'WorkStarted', started))).toEqual({
      definition: WorkStartedV1,
      key: 'p',
      data: { projectId: 'p', landDeliveredOn: '2026-03-02', constructionPermitOn: '2026-03-04', startedOn: '2026-03-05' },
    });
    expect(
      toIntegrationEvent(
        event('construction-p', 'ConstructionCompleted', {
          projectId: 'p',
          startedOn: '2026-03-05',
          completedOn: '2026-11-30',
          daysFromStart: 270,
        }),
      ),
    ).toEqual({
      definition: ConstructionCompletedV1,
      key: 'p',
      data: { projectId: 'p', startedOn: '2026-03-05', completedOn: '2026-11-30' },
    });
  });
  it('keeps milestones, progress notes and dispatches inside', () => {
    expect(toIntegrationEvent(event('construction-p', 'MilestoneReached', {}))).toBeUndefined();
    expect(
      toIntegrationEvent(event('problem-1', 'ProblemProgressNoted', { problemId: '1', notedOn: '2026-03-05', note: '已协调' })),
    ).toBeUndefined();
    expect(toIntegrationEvent(event('dispatch-2026-03', 'DispatchHeld', {}))).toBeUndefined();
  });
});

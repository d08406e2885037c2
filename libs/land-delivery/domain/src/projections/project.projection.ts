import { assertNever, streamCategory, type Projection, type ReadModelStore } from '@ia/kernel';
import type { Commitments } from '@ia/contracts';
import type { TitleCertificate } from '../land-project/commands';
import type { LandProjectEvent } from '../land-project/events';

export const PROJECTS = 'land-delivery.projects';

/** A signed project as land delivery knows it: what allocation checks and delivery reads. */
export interface LandProjectView {
  readonly projectId: string;
  readonly parkId?: string;
  readonly projectName?: string;
  readonly enterpriseName?: string;
  readonly agreementId?: string;
  readonly signedOn?: string;
  readonly commitments?: Commitments;
  readonly titleCertificate?: TitleCertificate;
}

export const landProjectProjection: Projection = {
  name: 'land-delivery.projects',
  collections: [PROJECTS],
  categories: ['landproject'],
  async apply(recorded, readModels: ReadModelStore) {
    if (streamCategory(recorded.streamName) !== 'landproject') return;
    const event = { type: recorded.type, data: recorded.data } as LandProjectEvent;
    const projectId = event.data.projectId;
    const current = (await readModels.get<LandProjectView>(PROJECTS, projectId)) ?? { projectId };
    switch (event.type) {
      case 'AgreementRecorded': {
        const { parkId, projectName, enterpriseName, agreementId, signedOn, commitments } = event.data;
        await readModels.put(PROJECTS, projectId, { ...current, parkId, projectName, enterpriseName, agreementId, signedOn, commitments });
        return;
      }
      case 'TitleCertificateRecorded':
        await readModels.put(PROJECTS, projectId, { ...current, titleCertificate: event.data });
        return;
      default:
        assertNever(event);
    }
  },
};

import { assertNever, streamCategory, type Projection, type ReadModelStore } from '@ia/kernel';
import type { ConstructionEvent } from '../construction/events';
import { RECORDS, type ConstructionRecordView } from './views';

function next(view: ConstructionRecordView, event: ConstructionEvent): ConstructionRecordView {
  switch (event.type) {
    case 'LandDeliveryRecorded':
      return { ...view, landDeliveredOn: event.data.deliveredOn, parcelCode: event.data.parcelCode };
    case 'ConstructionPermitRecorded':
      return { ...view, constructionPermitOn: event.data.grantedOn };
    case 'AgreementTermsRecorded':
      return {
        ...view,
        parkId: event.data.parkId,
        projectName: event.data.projectName,
        daysAllowedFromDeliveryToStart: event.data.daysFromDeliveryToStart,
      };
    case 'StartOfWorkCleared':
      return { ...view, clearedOn: event.data.clearedOn };
    case 'WorkStarted': {
      const { projectId: _projectId, ...timeline } = event.data;
      return { ...view, timeline };
    }
    case 'MilestoneReached': {
      const { milestone, reachedOn, daysFromStart } = event.data;
      const others = view.milestones.filter((entry) => entry.milestone !== milestone);
      return { ...view, milestones: [...others, { milestone, reachedOn, daysFromStart }] };
    }
    case 'ConstructionCompleted':
      return { ...view, completedOn: event.data.completedOn };
    case 'MonthlyInvestmentReported': {
      const { month, plannedYuan, completedYuan } = event.data;
      const others = view.investments.filter((entry) => entry.month !== month);
      return {
        ...view,
        investments: [...others, { month, plannedYuan, completedYuan }].sort((left, right) => left.month.localeCompare(right.month)),
      };
    }
    default:
      return assertNever(event);
  }
}

/** The progress ledger: T0, T1, T2, milestones and monthly investment of each project. */
export const recordProjection: Projection = {
  name: 'construction.records',
  collections: [RECORDS],
  indexes: { [RECORDS]: ['parkId'] },
  categories: ['construction'],
  async apply(recorded, readModels: ReadModelStore) {
    if (streamCategory(recorded.streamName) !== 'construction') return;
    const event = { type: recorded.type, data: recorded.data } as ConstructionEvent;
    const projectId = event.data.projectId;
    const current = (await readModels.get<ConstructionRecordView>(RECORDS, projectId)) ?? { projectId, milestones: [], investments: [] };
    await readModels.put(RECORDS, projectId, next(current, event));
  },
};

import { assertNever, type Aggregate, type Decider } from '@ia/kernel';
import { calendarDaysBetween } from '@ia/reference';
import { constructionErrors } from '../errors';
import type { ConstructionCommand } from './commands';
import type { ConstructionEvent } from './events';
import { MILESTONES, type MilestoneRecord } from './milestones';
import { clearedOn, startTimeline } from './timeline';

export interface ConstructionState {
  readonly landDeliveredOn?: string;
  readonly constructionPermitOn?: string;
  readonly terms?: Extract<ConstructionCommand, { type: 'RecordAgreementTerms' }>['data'];
  readonly startedOn?: string;
  readonly milestones: readonly MilestoneRecord[];
}

const cleared = (projectId: string, landDeliveredOn: string, constructionPermitOn: string): ConstructionEvent => ({
  type: 'StartOfWorkCleared',
  data: { projectId, clearedOn: clearedOn(landDeliveredOn, constructionPermitOn), landDeliveredOn, constructionPermitOn },
});

const opened = (state: ConstructionState) => {
  if (state.landDeliveredOn === undefined) throw constructionErrors.landNotDelivered();
  return state.landDeliveredOn;
};

function decideMilestone(
  state: ConstructionState,
  data: Extract<ConstructionCommand, { type: 'RecordMilestone' }>['data'],
): ConstructionEvent[] {
  const { projectId, milestone, reachedOn } = data;
  if (state.startedOn === undefined) throw constructionErrors.notStarted();
  if (state.milestones.some((record) => record.milestone === milestone)) throw constructionErrors.milestoneDuplicate(milestone);
  const expected = MILESTONES[state.milestones.length];
  if (expected !== milestone) throw constructionErrors.milestoneOutOfOrder(expected ?? 'none');
  const previousOn = state.milestones.at(-1)?.reachedOn ?? state.startedOn;
  if (reachedOn < previousOn) throw constructionErrors.milestoneDateOutOfOrder(previousOn);
  const daysFromStart = calendarDaysBetween(state.startedOn, reachedOn);
  const reached: ConstructionEvent = { type: 'MilestoneReached', data: { projectId, milestone, reachedOn, daysFromStart } };
  if (milestone !== 'completion') return [reached];
  return [
    reached,
    { type: 'ConstructionCompleted', data: { projectId, startedOn: state.startedOn, completedOn: reachedOn, daysFromStart } },
  ];
}

export const constructionDecider: Decider<ConstructionCommand, ConstructionEvent, ConstructionState> = {
  initialState: { milestones: [] },
  decide(command, state) {
    const { projectId } = command.data;
    switch (command.type) {
      case 'RecordLandDelivery': {
        // The first delivery is T0; a project's later parcels do not move it.
        if (state.landDeliveredOn !== undefined) return [];
        const permit = state.constructionPermitOn;
        const recorded: ConstructionEvent = { type: 'LandDeliveryRecorded', data: command.data };
        return permit === undefined ? [recorded] : [recorded, cleared(projectId, command.data.deliveredOn, permit)];
      }
      case 'RecordConstructionPermit': {
        if (state.constructionPermitOn !== undefined) return [];
        const land = state.landDeliveredOn;
        const recorded: ConstructionEvent = { type: 'ConstructionPermitRecorded', data: command.data };
        return land === undefined ? [recorded] : [recorded, cleared(projectId, land, command.data.grantedOn)];
      }
      case 'RecordAgreementTerms': {
        const known = state.terms;
        if (
          known &&
          known.parkId === command.data.parkId &&
          known.projectName === command.data.projectName &&
          known.daysFromDeliveryToStart === command.data.daysFromDeliveryToStart
        )
          return [];
        return [{ type: 'AgreementTermsRecorded', data: command.data }];
      }
      case 'StartWork': {
        const landDeliveredOn = opened(state);
        if (state.constructionPermitOn === undefined) throw constructionErrors.permitNotGranted();
        if (state.startedOn !== undefined) throw constructionErrors.alreadyStarted();
        const clearance = clearedOn(landDeliveredOn, state.constructionPermitOn);
        if (command.data.startedOn < clearance) throw constructionErrors.startBeforeClearance(clearance);
        const timeline = startTimeline(
          landDeliveredOn,
          state.constructionPermitOn,
          command.data.startedOn,
          state.terms?.daysFromDeliveryToStart,
        );
        return [{ type: 'WorkStarted', data: { projectId, ...timeline } }];
      }
      case 'RecordMilestone':
        return decideMilestone(state, command.data);
      case 'ReportMonthlyInvestment':
        opened(state);
        return [{ type: 'MonthlyInvestmentReported', data: command.data }];
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'LandDeliveryRecorded':
        return { ...state, landDeliveredOn: event.data.deliveredOn };
      case 'ConstructionPermitRecorded':
        return { ...state, constructionPermitOn: event.data.grantedOn };
      case 'AgreementTermsRecorded':
        return { ...state, terms: event.data };
      case 'WorkStarted':
        return { ...state, startedOn: event.data.startedOn };
      case 'MilestoneReached':
        return { ...state, milestones: [...state.milestones, { milestone: event.data.milestone, reachedOn: event.data.reachedOn }] };
      case 'StartOfWorkCleared':
      case 'ConstructionCompleted':
      case 'MonthlyInvestmentReported':
        return state;
      default:
        return assertNever(event);
    }
  },
};

export const constructionStream = (projectId: string) => `construction-${projectId}`;

/** The park the agreement names: not known while only the land or the permit has arrived, and never guessed. */
export const parkOfRecord = (state: ConstructionState): string | undefined => state.terms?.parkId;

export const constructionAggregate: Aggregate<ConstructionCommand, ConstructionEvent, ConstructionState> = {
  decider: constructionDecider,
  correlate: (_state, event) => ({ projectId: event.data.projectId }),
};

import { assertNever, streamCategory, streamId, type Projection, type ReadModelStore, type RecordedEvent } from '@ia/kernel';
import { businessDateOf } from '../dates';
import { LEAD_CATEGORY } from '../lead/decider';
import { LEAD_EVENT_TYPES, type LeadEvent, type LeadRegistered } from '../lead/events';
import {
  LEAD_KEYS_COLLECTION,
  LEAD_TIMELINE_COLLECTION,
  LEADS_COLLECTION,
  leadKeysOf,
  timelineRecordId,
  type LeadKeyView,
  type LeadView,
  type TimelineRecord,
} from './lead-view';
import { timelineEntry } from './timeline';

/** Leads, their timelines, and the index of duplicate keys the edge checks before it claims a key. */
export const leadsProjection: Projection = {
  name: 'lead-intake.leads',
  collections: [LEADS_COLLECTION, LEAD_KEYS_COLLECTION, LEAD_TIMELINE_COLLECTION],
  categories: [LEAD_CATEGORY],
  indexes: { [LEADS_COLLECTION]: ['parkId'], [LEAD_TIMELINE_COLLECTION]: ['leadId'] },
  // 2: the timeline moved out of the lead's document into a line per event.
  version: 2,
  async apply(recorded, readModels) {
    if (streamCategory(recorded.streamName) !== LEAD_CATEGORY || !LEAD_EVENT_TYPES.has(recorded.type)) return;
    const event = { type: recorded.type, data: recorded.data } as LeadEvent;
    const id = streamId(recorded.streamName);
    const current = await readModels.get<LeadView>(LEADS_COLLECTION, id);
    if (event.type === 'LeadRegistered') {
      if (current) return;
      const view = registeredView(id, event, recorded);
      await addToTimeline(id, event, recorded, readModels);
      await readModels.put(LEADS_COLLECTION, id, view);
      await indexKeys(view, readModels);
      return;
    }
    if (!current || recorded.revision <= current.revision) return;
    const next: LeadView = { ...evolveView(current, event), revision: recorded.revision };
    // The line first: if the lead's document is not written, the redelivered event writes the same line again.
    await addToTimeline(id, event, recorded, readModels);
    await readModels.put(LEADS_COLLECTION, id, next);
    // A reopened lead has claimed its keys again, possibly after another lead held them.
    if (event.type === 'LeadReopened') await indexKeys(next, readModels);
  },
};

function registeredView(id: string, event: LeadRegistered, recorded: RecordedEvent): LeadView {
  const { leadId: _leadId, ...profile } = event.data;
  return {
    ...profile,
    id,
    status: 'open',
    registeredOn: businessDateOf(event.data.registeredAt),
    reached: { followedUp: false, screened: false, qualified: false, signed: false },
    followUps: 0,
    siteVisits: 0,
    revision: recorded.revision,
  };
}

function evolveView(view: LeadView, event: Exclude<LeadEvent, LeadRegistered>): LeadView {
  switch (event.type) {
    case 'PromoterAssigned':
      return { ...view, promoterId: event.data.promoterId };
    case 'FollowUpRecorded':
      return { ...responded(view, businessDateOf(event.data.followedUpAt)), followUps: view.followUps + 1 };
    case 'SiteVisitRecorded':
      return { ...responded(view, event.data.visitedOn), siteVisits: view.siteVisits + 1 };
    case 'LeadScreened':
      return {
        ...view,
        screenedOn: event.data.screenedOn,
        reached: { ...view.reached, screened: true },
        lastScreening: {
          decision: event.data.decision,
          reason: event.data.reason,
          results: event.data.results,
          policyVersion: event.data.policy.version,
        },
      };
    case 'LeadQualified':
      return { ...view, status: 'qualified', qualifiedOn: event.data.qualifiedOn, reached: { ...view.reached, qualified: true } };
    case 'LeadRejected':
      return { ...view, status: 'rejected' };
    case 'LeadPutOnHold':
      return { ...view, status: 'on_hold' };
    case 'LeadDropped':
      return { ...view, status: 'dropped' };
    case 'LeadReopened':
      return { ...view, status: 'open' };
    case 'LeadSigned':
      return {
        ...view,
        status: 'signed',
        projectId: event.data.projectId,
        signedOn: event.data.signedOn,
        reached: { ...view.reached, signed: true },
      };
    case 'PersonalDataErased':
      return { ...view, personalDataErased: true };
    default:
      return assertNever(event);
  }
}

/** The earliest contact counts, whatever order the records were entered in. */
function responded(view: LeadView, on: string): LeadView {
  const first = view.firstRespondedOn === undefined || on < view.firstRespondedOn ? on : view.firstRespondedOn;
  return { ...view, firstRespondedOn: first, reached: { ...view.reached, followedUp: true } };
}

async function addToTimeline(leadId: string, event: LeadEvent, recorded: RecordedEvent, readModels: ReadModelStore): Promise<void> {
  const line: TimelineRecord = { leadId, ...timelineEntry(event, recorded) };
  await readModels.put(LEAD_TIMELINE_COLLECTION, timelineRecordId(leadId, recorded.revision), line);
}

async function indexKeys(view: LeadView, readModels: ReadModelStore): Promise<void> {
  for (const key of leadKeysOf(view)) await readModels.put<LeadKeyView>(LEAD_KEYS_COLLECTION, key, { leadId: view.id });
}

import { Injectable } from '@nestjs/common';
import {
  APPROVAL_CATEGORY,
  approvalStream,
  evolveItem,
  projectPark,
  type ApprovalItemEvent,
  type ApprovalItemState,
} from '@ia/approvals/domain';
import { streamCategory } from '@ia/kernel';
import { EventSourcingRuntime, type ParkLocator } from '@ia/platform';

/**
 * The park is recorded on the event that opens an item and never changes, so the opening event read from the
 * store, the source of truth, is enough: an item opened a moment ago is checked like any other.
 */
@Injectable()
export class ItemParks implements ParkLocator {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  async parkOf(itemId: string): Promise<string | null | undefined> {
    return parkOfOpening(await openingOf(this.runtime, approvalStream(itemId)));
  }
}

/** A project's park, from the opening events of its items in the store; `undefined` when approvals has none. */
@Injectable()
export class ProjectParks implements ParkLocator {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  async parkOf(projectId: string): Promise<string | null | undefined> {
    const streams = await this.runtime.engines.store.correlatedStreams({ projectId });
    const items = streams.filter((streamName) => streamCategory(streamName) === APPROVAL_CATEGORY);
    const openings = await Promise.all(items.map((streamName) => openingOf(this.runtime, streamName)));
    return projectPark(openings.flatMap((state) => (state.status === 'none' ? [] : [state.parkId])));
  }
}

async function openingOf(runtime: EventSourcingRuntime, streamName: string): Promise<ApprovalItemState> {
  const events = await runtime.engines.store.readStream(streamName, { maxCount: 1 });
  return events.reduce<ApprovalItemState>(
    (state, event) => evolveItem(state, { type: event.type, data: event.data } as ApprovalItemEvent),
    { status: 'none' },
  );
}

function parkOfOpening(state: ApprovalItemState): string | null | undefined {
  if (state.status === 'none') return undefined;
  return state.parkId ?? null;
}

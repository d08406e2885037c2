import { createMemoryCheckpointStore, createMemoryEventStore } from '@ia/adapters/memory';
import { newEvent } from '@ia/testing';
import type { CheckpointStore } from './ports/checkpoint-store';
import { createSubscription } from './subscription';

/** Counts the durable writes a subscription makes. */
function countingCheckpoints(): CheckpointStore & { saves: number } {
  const inner = createMemoryCheckpointStore();
  const counting = {
    saves: 0,
    load: (name: string) => inner.load(name),
    save: async (name: string, position: number) => {
      counting.saves += 1;
      await inner.save(name, position);
    },
  };
  return counting as CheckpointStore & { saves: number };
}

/** A store, counted checkpoints, and a subscription to the `account` category that notes what it handled. */
function accountsFollower() {
  const store = createMemoryEventStore();
  const checkpoints = countingCheckpoints();
  const handled: string[] = [];
  const follow = () =>
    createSubscription({
      name: 'accounts',
      store,
      checkpoints,
      categories: ['account'],
      handle: async (event) => void handled.push(event.streamName),
    });
  return { store, checkpoints, handled, follow };
}

describe('a subscription that follows some categories', () => {
  it('saves its checkpoint when it handled events, not on every pass over other streams, and still reaches the head', async () => {
    const { store, checkpoints, handled, follow } = accountsFollower();
    const subscription = follow();
    await store.appendToStream('account-a', [newEvent('Opened', {})], { expectedRevision: 'no_stream' });
    await subscription.catchUp();
    expect(checkpoints.saves).toBe(1);

    let last = 0;
    for (let index = 0; index < 20; index += 1) {
      last = (await store.appendToStream(`ledger-${index}`, [newEvent('Posted', {})], { expectedRevision: 'no_stream' })).lastPosition;
      await subscription.catchUp();
    }
    expect(checkpoints.saves).toBe(1);
    expect(subscription.position()).toBe(last);
    expect(await subscription.waitFor(last, 0)).toBe(true);

    await store.appendToStream('account-b', [newEvent('Opened', {})], { expectedRevision: 'no_stream' });
    await subscription.catchUp();
    expect(checkpoints.saves).toBe(2);
    expect(handled).toEqual(['account-a', 'account-b']);
  });

  it('saves after a long span of other streams, and after a restart handles nothing twice', async () => {
    const { store, checkpoints, handled, follow } = accountsFollower();
    await store.appendToStream('account-a', [newEvent('Opened', {})], { expectedRevision: 'no_stream' });
    const first = follow();
    await first.catchUp();
    const others = Array.from({ length: 1_200 }, () => newEvent('Posted', {}));
    const { lastPosition } = await store.appendToStream('ledger-x', others, { expectedRevision: 'no_stream' });
    await first.catchUp();
    expect(checkpoints.saves).toBe(2);
    expect(await checkpoints.load('accounts')).toBe(lastPosition);

    await store.appendToStream('ledger-y', [newEvent('Posted', {})], { expectedRevision: 'no_stream' });
    await first.catchUp();
    // A restart from the saved checkpoint reads past ledger-y again, and handles only what is new.
    await store.appendToStream('account-b', [newEvent('Opened', {})], { expectedRevision: 'no_stream' });
    await follow().catchUp();
    expect(handled).toEqual(['account-a', 'account-b']);
  });
});

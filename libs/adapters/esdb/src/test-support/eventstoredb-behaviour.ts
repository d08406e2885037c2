import type { EventStore } from '@ia/kernel';
import { newEvent, uniqueStream } from '@ia/testing';

/** What the EventStoreDB adapter adds to the port's contract: run on the real server and on the simulation. */
export function eventStoreDbBehaviour(open: () => Promise<{ store: EventStore; dispose(): Promise<void> }>): void {
  it('leaves the pointer streams of correlated reads out of the global log', async () => {
    const { store, dispose } = await open();
    const start = await store.headPosition();
    await store.appendToStream(uniqueStream('lead'), [newEvent('LeadLogged', {}, { leadId: 'l-global', projectId: 'p-global' })], {
      expectedRevision: 'no_stream',
    });
    const events = await store.readAll({ after: start });
    expect(events.map((event) => event.type)).toEqual(['LeadLogged']);
    expect(await store.headPosition()).toBe(events[0]?.position);
    await dispose();
  });

  it('appends with any when other writers got in between its read and its write', async () => {
    const { store, dispose } = await open();
    const stream = uniqueStream();
    await store.appendToStream(stream, [newEvent('Opened')], { expectedRevision: 'no_stream' });
    await Promise.all(
      Array.from({ length: 6 }, (_, index) => store.appendToStream(stream, [newEvent('Any', { index })], { expectedRevision: 'any' })),
    );
    const events = await store.readStream(stream);
    expect(events.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    await dispose();
  });
}

import { createMemoryEventStore, createMemoryIdempotencyStore } from '@ia/adapters/memory';
import { randomUUID } from 'node:crypto';
import { createCommandHandler, type Aggregate, type CommandContext } from './command-handler';
import { DomainError, ConcurrencyError, IdempotencyError } from './errors';
import type { EventStore } from './ports/event-store';

type Command = { type: 'Open'; data: { owner: string } } | { type: 'Deposit'; data: { amount: number } };
type Event = { type: 'Opened'; data: { owner: string } } | { type: 'Deposited'; data: { amount: number; balance: number } };
type State = { status: 'none' } | { status: 'open'; owner: string; balance: number };

const account: Aggregate<Command, Event, State> = {
  decider: {
    initialState: { status: 'none' },
    decide(command, state) {
      switch (command.type) {
        case 'Open':
          if (state.status !== 'none') throw new DomainError('ACCOUNT.EXISTS', '账户已存在', 'The account exists');
          return [{ type: 'Opened', data: { owner: command.data.owner } }];
        case 'Deposit':
          if (state.status !== 'open') throw new DomainError('ACCOUNT.NOT_FOUND', '账户不存在', 'No such account');
          if (command.data.amount === 0) return [];
          return [{ type: 'Deposited', data: { amount: command.data.amount, balance: state.balance + command.data.amount } }];
      }
    },
    evolve(state, event) {
      switch (event.type) {
        case 'Opened':
          return { status: 'open', owner: event.data.owner, balance: 0 };
        case 'Deposited':
          return state.status === 'open' ? { ...state, balance: event.data.balance } : state;
      }
    },
  },
  schemaVersions: { Deposited: 2 },
  correlate: (state) => (state.status === 'open' ? { projectId: `project-of-${state.owner}` } : {}),
};

const context = (overrides: Partial<CommandContext> = {}): CommandContext => ({
  actor: { id: 'alice', role: 'promoter' },
  occurredAt: '2026-03-02T02:00:00.000Z',
  correlationId: 'request-1',
  ...overrides,
});

function setup(store: EventStore = createMemoryEventStore()) {
  const idempotency = createMemoryIdempotencyStore();
  const handle = createCommandHandler({ store, idempotency, newEventId: randomUUID }, account);
  return { store, idempotency, handle };
}

describe('command handler', () => {
  it('loads, decides and appends with metadata from the context and the aggregate', async () => {
    const { store, handle } = setup();
    await handle('account-1', { type: 'Open', data: { owner: 'ann' } }, context({ reason: '开户' }));
    const result = await handle('account-1', { type: 'Deposit', data: { amount: 5 } }, context({ causationId: 'cause-9' }));
    expect(result).toMatchObject({ streamName: 'account-1', revision: 1, replayed: false });
    const [opened, deposited] = await store.readStream('account-1');
    expect(opened?.metadata).toMatchObject({
      actor: { id: 'alice', role: 'promoter' },
      reason: '开户',
      causationId: 'request-1',
      projectId: 'project-of-ann',
    });
    expect(deposited).toMatchObject({ type: 'Deposited', schemaVersion: 2, data: { amount: 5, balance: 5 } });
    expect(deposited?.metadata).toMatchObject({
      occurredAt: '2026-03-02T02:00:00.000Z',
      causationId: 'cause-9',
      correlationId: 'request-1',
    });
    expect(result.eventIds).toEqual([deposited?.eventId]);
  });

  it('passes a refusal through unchanged and appends nothing', async () => {
    const { store, handle } = setup();
    await expect(handle('account-2', { type: 'Deposit', data: { amount: 5 } }, context())).rejects.toMatchObject({
      code: 'ACCOUNT.NOT_FOUND',
    });
    expect(await store.headPosition()).toBe(0);
  });

  it('appends nothing when the decider decides nothing', async () => {
    const { store, handle } = setup();
    await handle('account-3', { type: 'Open', data: { owner: 'ann' } }, context());
    const result = await handle('account-3', { type: 'Deposit', data: { amount: 0 } }, context());
    expect(result).toMatchObject({ revision: 0, eventIds: [] });
    expect(await store.headPosition()).toBe(1);
  });

  it('reloads and decides again when another writer got in first, so no deposit is lost', async () => {
    const { store, handle } = setup();
    await handle('account-4', { type: 'Open', data: { owner: 'ann' } }, context());
    // Each round of conflicts lets at least one writer through, so five writers need at most four retries.
    await Promise.all(Array.from({ length: 5 }, () => handle('account-4', { type: 'Deposit', data: { amount: 1 } }, context())));
    const events = await store.readStream('account-4');
    expect(events).toHaveLength(6);
    expect(events.at(-1)?.data).toEqual({ amount: 1, balance: 5 });
  });

  it('refuses instead of retrying when the client pinned a revision it no longer holds', async () => {
    const { handle } = setup();
    await handle('account-5', { type: 'Open', data: { owner: 'ann' } }, context());
    await handle('account-5', { type: 'Deposit', data: { amount: 1 } }, context({ expectedRevision: 0 }));
    await expect(handle('account-5', { type: 'Deposit', data: { amount: 1 } }, context({ expectedRevision: 0 }))).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
  });

  it('gives up after a bounded number of conflicts', async () => {
    const inner = createMemoryEventStore();
    const alwaysConflicting: EventStore = {
      ...inner,
      appendToStream: async (stream) => Promise.reject(new ConcurrencyError(stream, '0', '1')),
    };
    const { handle } = setup(alwaysConflicting);
    await expect(handle('account-6', { type: 'Open', data: { owner: 'ann' } }, context())).rejects.toBeInstanceOf(ConcurrencyError);
  });

  describe('idempotency keys', () => {
    it('returns the first result for a repeated key and appends nothing more', async () => {
      const { store, handle } = setup();
      await handle('account-7', { type: 'Open', data: { owner: 'ann' } }, context());
      const first = await handle('account-7', { type: 'Deposit', data: { amount: 3 } }, context({ idempotencyKey: 'k-1' }));
      const second = await handle('account-7', { type: 'Deposit', data: { amount: 3 } }, context({ idempotencyKey: 'k-1' }));
      expect(second).toEqual({ ...first, replayed: true });
      expect(await store.readStream('account-7')).toHaveLength(2);
      expect((await store.readStream('account-7'))[1]?.metadata.idempotencyKey).toBe('k-1');
    });

    it('refuses the same key with a different request', async () => {
      const { handle } = setup();
      await handle('account-8', { type: 'Open', data: { owner: 'ann' } }, context());
      await handle('account-8', { type: 'Deposit', data: { amount: 3 } }, context({ idempotencyKey: 'k-2' }));
      await expect(handle('account-8', { type: 'Deposit', data: { amount: 4 } }, context({ idempotencyKey: 'k-2' }))).rejects.toMatchObject(
        {
          code: 'IDEMPOTENCY.KEY_REUSED',
        },
      );
    });

    it('matches on the request hash from the edge, so a retry that generated new ids still replays', async () => {
      const { store, handle } = setup();
      const first = await handle(
        'account-a',
        { type: 'Open', data: { owner: 'ann' } },
        context({ idempotencyKey: 'k-3', requestHash: 'same-body' }),
      );
      const retry = await handle(
        'account-b',
        { type: 'Open', data: { owner: 'ann' } },
        context({ idempotencyKey: 'k-3', requestHash: 'same-body' }),
      );
      expect(retry.streamName).toBe(first.streamName);
      expect(await store.readStream('account-b')).toEqual([]);
    });

    it('frees the key after a refusal so that a corrected retry may run', async () => {
      const { handle } = setup();
      await expect(
        handle('account-9', { type: 'Deposit', data: { amount: 1 } }, context({ idempotencyKey: 'k-4' })),
      ).rejects.toBeInstanceOf(DomainError);
      await handle('account-9', { type: 'Open', data: { owner: 'ann' } }, context());
      await expect(
        handle('account-9', { type: 'Deposit', data: { amount: 1 } }, context({ idempotencyKey: 'k-4' })),
      ).resolves.toMatchObject({ revision: 1 });
    });

    it('tells a concurrent duplicate that the first is still in progress', async () => {
      const { handle } = setup();
      await handle('account-10', { type: 'Open', data: { owner: 'ann' } }, context());
      const outcomes = await Promise.allSettled(
        [1, 2].map(() => handle('account-10', { type: 'Deposit', data: { amount: 1 } }, context({ idempotencyKey: 'k-5' }))),
      );
      const rejected = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(rejected[0]?.reason).toBeInstanceOf(IdempotencyError);
      expect((rejected[0]?.reason as IdempotencyError).code).toBe('IDEMPOTENCY.IN_PROGRESS');
    });
  });
});

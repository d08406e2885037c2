import type { IdempotencyStore } from '@ia/kernel';

export interface IdempotencyHarness {
  readonly idempotency: IdempotencyStore;
  dispose(): Promise<void>;
}

export function idempotencyStoreContract(
  name: string,
  open: () => Promise<IdempotencyHarness>,
  describeOrSkip: jest.Describe = describe,
): void {
  describeOrSkip(`IdempotencyStore contract: ${name}`, () => {
    let harness: IdempotencyHarness;
    let idempotency: IdempotencyStore;
    const key = () => `key-${Math.random().toString(36).slice(2)}`;
    beforeEach(async () => {
      harness = await open();
      idempotency = harness.idempotency;
    });
    afterEach(() => harness.dispose());

    it('reserves a new key once and reports it in progress to the next caller', async () => {
      const name = key();
      expect(await idempotency.reserve(name, 'h1')).toEqual({ status: 'reserved' });
      expect(await idempotency.reserve(name, 'h1')).toEqual({ status: 'in_progress' });
    });

    it('gives exactly one of many concurrent callers the reservation', async () => {
      const name = key();
      const outcomes = await Promise.all(Array.from({ length: 10 }, () => idempotency.reserve(name, 'h')));
      expect(outcomes.filter((outcome) => outcome.status === 'reserved')).toHaveLength(1);
    });

    it('returns the completed record to every later caller', async () => {
      const name = key();
      await idempotency.reserve(name, 'h1');
      await idempotency.complete(name, { requestHash: 'h1', result: { id: '业务-1' } });
      expect(await idempotency.reserve(name, 'h1')).toEqual({
        status: 'completed',
        record: { requestHash: 'h1', result: { id: '业务-1' } },
      });
      expect(await idempotency.find(name)).toEqual({ requestHash: 'h1', result: { id: '业务-1' } });
    });

    it('frees a released key for the next attempt', async () => {
      const name = key();
      await idempotency.reserve(name, 'h1');
      await idempotency.release(name);
      expect(await idempotency.reserve(name, 'h1')).toEqual({ status: 'reserved' });
      expect(await idempotency.find(name)).toBeUndefined();
    });
  });
}

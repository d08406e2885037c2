import type { CheckpointStore } from '@ia/kernel';

export interface CheckpointHarness {
  readonly checkpoints: CheckpointStore;
  /** Opens the same storage again, as a restarted process would. */
  reopen?(): Promise<CheckpointStore>;
  dispose(): Promise<void>;
}

export function checkpointStoreContract(
  name: string,
  open: () => Promise<CheckpointHarness>,
  describeOrSkip: jest.Describe = describe,
): void {
  describeOrSkip(`CheckpointStore contract: ${name}`, () => {
    let harness: CheckpointHarness;
    const subscriber = () => `subscriber-${Math.random().toString(36).slice(2)}`;
    beforeEach(async () => {
      harness = await open();
    });
    afterEach(() => harness.dispose());

    it('has no checkpoint for a new subscriber', async () => {
      expect(await harness.checkpoints.load(subscriber())).toBeUndefined();
    });

    it('saves, overwrites and resets a position', async () => {
      const name = subscriber();
      await harness.checkpoints.save(name, 10);
      await harness.checkpoints.save(name, 42);
      expect(await harness.checkpoints.load(name)).toBe(42);
      await harness.checkpoints.reset(name);
      expect(await harness.checkpoints.load(name)).toBeUndefined();
    });

    it('keeps a saved position across a reopen when the store is durable', async () => {
      if (!harness.reopen) return expect(harness.reopen).toBeUndefined();
      const name = subscriber();
      await harness.checkpoints.save(name, 7);
      const reopened = await harness.reopen();
      expect(await reopened.load(name)).toBe(7);
    });
  });
}

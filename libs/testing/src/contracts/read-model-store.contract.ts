import type { ReadModelStore } from '@ia/kernel';

export interface ReadModelHarness {
  readonly readModels: ReadModelStore;
  dispose(): Promise<void>;
}

export function readModelStoreContract(
  name: string,
  open: () => Promise<ReadModelHarness>,
  describeOrSkip: jest.Describe = describe,
): void {
  describeOrSkip(`ReadModelStore contract: ${name}`, () => {
    let harness: ReadModelHarness;
    let readModels: ReadModelStore;
    const collection = () => `test-${Math.random().toString(36).slice(2)}`;
    beforeEach(async () => {
      harness = await open();
      readModels = harness.readModels;
    });
    afterEach(() => harness.dispose());

    it('returns undefined for a document it never stored', async () => {
      expect(await readModels.get(collection(), 'missing')).toBeUndefined();
    });

    it('stores, replaces and deletes documents with Chinese text intact', async () => {
      const leads = collection();
      await readModels.put(leads, 'a', { name: '湖南星辰电气有限公司', amount: 500_000_000 });
      expect(await readModels.get(leads, 'a')).toEqual({ name: '湖南星辰电气有限公司', amount: 500_000_000 });
      await readModels.put(leads, 'a', { name: '改名', amount: 1 });
      expect(await readModels.get(leads, 'a')).toEqual({ name: '改名', amount: 1 });
      await readModels.delete(leads, 'a');
      expect(await readModels.get(leads, 'a')).toBeUndefined();
    });

    it('does not let a caller change a stored document through a reference', async () => {
      const leads = collection();
      const document = { tags: ['a'] };
      await readModels.put(leads, 'a', document);
      document.tags.push('b');
      const read = await readModels.get<{ tags: string[] }>(leads, 'a');
      read?.tags.push('c');
      expect(await readModels.get(leads, 'a')).toEqual({ tags: ['a'] });
    });

    it('lists a collection and clears only the collections named', async () => {
      const leads = collection();
      const agreements = collection();
      await readModels.put(leads, '1', { n: 1 });
      await readModels.put(leads, '2', { n: 2 });
      await readModels.put(agreements, '1', { n: 3 });
      const listed = await readModels.list<{ n: number }>(leads);
      expect(listed.map((item) => item.n).sort()).toEqual([1, 2]);
      await readModels.clear([leads]);
      expect(await readModels.list(leads)).toEqual([]);
      expect(await readModels.list(agreements)).toEqual([{ n: 3 }]);
    });

    it('answers a ping', async () => {
      await expect(readModels.ping()).resolves.toBeUndefined();
    });
  });
}

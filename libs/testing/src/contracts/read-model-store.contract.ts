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

    it('lists by an indexed field only the documents that hold the values, following changes and deletions', async () => {
      const leads = collection();
      await readModels.ensureIndex(leads, 'parkId');
      await readModels.put(leads, 'a', { id: 'a', parkId: 'xiangxiang-edz' });
      await readModels.put(leads, 'b', { id: 'b', parkId: 'shaoshan-hitech' });
      await readModels.put(leads, 'c', { id: 'c', parkId: 'xiangxiang-edz' });
      await readModels.put(leads, 'd', { id: 'd', parkId: null });
      await readModels.put(leads, 'e', { id: 'e' });
      const ids = async (...parks: string[]) =>
        (await readModels.listBy<{ id: string }>(leads, 'parkId', parks)).map((document) => document.id).sort();
      expect(await ids('xiangxiang-edz')).toEqual(['a', 'c']);
      expect(await ids('xiangxiang-edz', 'shaoshan-hitech')).toEqual(['a', 'b', 'c']);
      expect(await ids()).toEqual([]);
      await readModels.put(leads, 'c', { id: 'c', parkId: 'shaoshan-hitech' });
      await readModels.delete(leads, 'a');
      await readModels.put(leads, 'b', { id: 'b' });
      expect(await ids('xiangxiang-edz')).toEqual([]);
      expect(await ids('shaoshan-hitech')).toEqual(['c']);
    });

    it('builds an index declared over documents already stored, and empties it with its collection', async () => {
      const leads = collection();
      await readModels.put(leads, 'a', { id: 'a', status: 'open' });
      await readModels.put(leads, 'b', { id: 'b', status: 'signed' });
      await readModels.ensureIndex(leads, 'status');
      await readModels.ensureIndex(leads, 'status');
      expect(await readModels.listBy(leads, 'status', ['open'])).toEqual([{ id: 'a', status: 'open' }]);
      await readModels.clear([leads]);
      expect(await readModels.listBy(leads, 'status', ['open', 'signed'])).toEqual([]);
      await readModels.put(leads, 'c', { id: 'c', status: 'open' });
      expect(await readModels.listBy(leads, 'status', ['open'])).toEqual([{ id: 'c', status: 'open' }]);
    });

    it('refuses to list by an index nobody declared', async () => {
      await expect(readModels.listBy(collection(), 'parkId', ['xiangxiang-edz'])).rejects.toThrow('No index on');
    });

    it('answers a ping', async () => {
      await expect(readModels.ping()).resolves.toBeUndefined();
    });
  });
}

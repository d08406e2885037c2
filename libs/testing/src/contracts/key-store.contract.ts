import type { KeyStore } from '@ia/kernel';

export interface KeyStoreHarness {
  readonly keys: KeyStore;
  dispose(): Promise<void>;
}

export function keyStoreContract(name: string, open: () => Promise<KeyStoreHarness>, describeOrSkip: jest.Describe = describe): void {
  describeOrSkip(`KeyStore contract: ${name}`, () => {
    let harness: KeyStoreHarness;
    const subject = () => `person-${Math.random().toString(36).slice(2)}`;
    const key = (fill: number) => new Uint8Array(32).fill(fill);
    beforeEach(async () => {
      harness = await open();
    });
    afterEach(() => harness.dispose());

    it('keeps the first key made for a person', async () => {
      const person = subject();
      expect(await harness.keys.find(person)).toBeUndefined();
      expect(await harness.keys.create(person, key(1))).toEqual(key(1));
      expect(await harness.keys.create(person, key(2))).toEqual(key(1));
      expect(await harness.keys.find(person)).toEqual(key(1));
    });

    it('forgets an erased key for good and refuses to make a new one', async () => {
      const person = subject();
      await harness.keys.create(person, key(3));
      expect(await harness.keys.erase(person)).toBe(true);
      expect(await harness.keys.find(person)).toBeUndefined();
      expect(await harness.keys.isErased(person)).toBe(true);
      await expect(harness.keys.create(person, key(4))).rejects.toThrow('was erased');
      expect(await harness.keys.erase(person)).toBe(false);
    });

    it('remembers an erasure of someone it never had a key for', async () => {
      const person = subject();
      expect(await harness.keys.erase(person)).toBe(false);
      expect(await harness.keys.isErased(person)).toBe(true);
    });
  });
}

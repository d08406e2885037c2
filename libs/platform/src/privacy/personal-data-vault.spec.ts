import { createMemoryKeyStore } from '@ia/adapters/memory';
import { ERASED, isSealed, maskIdNumber, maskName, maskPhone, PersonalDataVault } from './personal-data-vault';

describe('personal data vault', () => {
  it('seals a value so that the stored form discloses nothing and opens it again', async () => {
    const vault = new PersonalDataVault(createMemoryKeyStore());
    const sealed = await vault.seal('lead-1.contact', '13812345678');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('13812345678');
    expect(await vault.open(sealed)).toBe('13812345678');
    expect(await vault.seal('lead-1.contact', '13812345678')).not.toBe(sealed);
  });

  it('shows erased data as erased once the person’s key is deleted, and others stay readable', async () => {
    const vault = new PersonalDataVault(createMemoryKeyStore());
    const first = await vault.seal('person-1', '张三');
    const second = await vault.seal('person-2', '李四');
    expect(await vault.erase('person-1')).toBe(true);
    expect(await vault.open(first)).toBe(ERASED);
    expect(await vault.open(second)).toBe('李四');
    await expect(vault.seal('person-1', '张三')).rejects.toThrow('was erased');
  });

  it('refuses a sealed value moved to another person', async () => {
    const keys = createMemoryKeyStore();
    const vault = new PersonalDataVault(keys);
    const sealed = await vault.seal('person-a', 'secret');
    await vault.seal('person-b', 'other');
    const moved = sealed.replace('person-a', 'person-b');
    await expect(vault.open(moved)).rejects.toThrow();
  });

  it('passes plain values through and masks for roles that need not see them', async () => {
    const vault = new PersonalDataVault(createMemoryKeyStore());
    expect(await vault.open('not sealed')).toBe('not sealed');
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
    expect(maskPhone('0731-88886666')).toBe('073****6666');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName(ERASED)).toBe(ERASED);
    // The birth date inside an ID number is personal data too: only the region and the last four show.
    expect(maskIdNumber('43038119750203002X')).toBe('430381********002X');
    expect(maskIdNumber(ERASED)).toBe(ERASED);
  });
});

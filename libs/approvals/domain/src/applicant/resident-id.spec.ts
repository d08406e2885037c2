import { checkResidentId } from './resident-id';

describe('resident identity numbers (GB 11643)', () => {
  it('accepts a number with a valid birth date and check character, an x read as X', () => {
    expect(checkResidentId('11010519491231002X')).toEqual({ valid: true, number: '11010519491231002X', birthDate: '1949-12-31' });
    expect(checkResidentId(' 11010519491231002x ')).toMatchObject({ valid: true, number: '11010519491231002X' });
    expect(checkResidentId('430381197502030020')).toMatchObject({ valid: true, birthDate: '1975-02-03' });
  });

  it('refuses a wrong check character', () => {
    expect(checkResidentId('110105194912310021')).toEqual({ valid: false, reason: 'CHECK_DIGIT' });
    expect(checkResidentId('430381197502030021')).toEqual({ valid: false, reason: 'CHECK_DIGIT' });
  });

  it('refuses anything but 17 digits and a check character', () => {
    for (const input of [
      '',
      '4303**********1234',
      '11010519491231002',
      '1101051949123100200',
      '11010519491231002Y',
      '１１０１０５１９４９１２３１００２X',
    ]) {
      expect(checkResidentId(input)).toEqual({ valid: false, reason: 'FORMAT' });
    }
  });

  it('refuses a birth date that is not a real day, before 1900, or after the day the number was handed over', () => {
    expect(checkResidentId('430381199002300011')).toEqual({ valid: false, reason: 'BIRTH_DATE' });
    expect(checkResidentId('430381189912310011')).toEqual({ valid: false, reason: 'BIRTH_DATE' });
    expect(checkResidentId('430381202603030011', '2026-03-02')).toEqual({ valid: false, reason: 'BIRTH_DATE' });
    expect(checkResidentId('11010519491231002X', '2026-03-02')).toMatchObject({ valid: true });
  });
});

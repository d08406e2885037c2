import { meetingAgreement, parcelFacts } from '../test-fixtures';
import { shortfallsOf } from './shortfalls';

const withCommitments = (changes: Partial<typeof meetingAgreement.commitments>) => ({
  ...meetingAgreement,
  commitments: { ...meetingAgreement.commitments, ...changes },
});

describe('shortfalls of an agreement against standard land', () => {
  it('finds none when every commitment is exactly at its floor', () => {
    expect(shortfallsOf(parcelFacts, meetingAgreement)).toEqual([]);
  });
  it('finds investment one yuan under the intensity floor', () => {
    expect(shortfallsOf(parcelFacts, withCommitments({ fixedAssetInvestment: 99_999_999 }))).toEqual([
      { indicator: 'investment_intensity', required: 2_000_000, committed: 1_999_999, unit: 'yuan_per_mu' },
    ]);
  });
  it('finds a larger land demand than the parcel and another parcel named in the agreement', () => {
    expect(shortfallsOf(parcelFacts, withCommitments({ landAreaSquareMetres: 40_000, parcelCode: 'XX-2026-08' }))).toEqual([
      { indicator: 'land_area', required: 40_000, committed: 100_000 / 3, unit: 'square_metres' },
      { indicator: 'parcel_code', required: 'XX-2026-08', committed: 'XX-2026-07', unit: 'code' },
    ]);
  });
  it('does not compare the parcel code when the agreement names none', () => {
    const { parcelCode: _parcelCode, ...commitments } = meetingAgreement.commitments;
    expect(shortfallsOf(parcelFacts, { ...meetingAgreement, commitments })).toEqual([]);
  });
});

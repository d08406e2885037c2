import type { AgreementTerms, ParcelFacts, Shortfall } from './parcel';

const SQUARE_METRES_PER_MU_NUMERATOR = 2000;
const SQUARE_METRES_PER_MU_DENOMINATOR = 3;

/** Every way the agreement's commitments fall short of the parcel's standard-land indicators. */
export function shortfallsOf(parcel: ParcelFacts, agreement: AgreementTerms): Shortfall[] {
  const { commitments } = agreement;
  const { indicators } = parcel;
  const shortfalls: Shortfall[] = [];
  // Compared without dividing, so a commitment exactly at the floor is never lost to rounding.
  const scaledInvestment = commitments.fixedAssetInvestment * SQUARE_METRES_PER_MU_NUMERATOR;
  if (scaledInvestment < indicators.minimumInvestmentPerMu * SQUARE_METRES_PER_MU_DENOMINATOR * parcel.areaSquareMetres) {
    shortfalls.push({
      indicator: 'investment_intensity',
      required: indicators.minimumInvestmentPerMu,
      committed: Math.floor(scaledInvestment / (SQUARE_METRES_PER_MU_DENOMINATOR * parcel.areaSquareMetres)),
      unit: 'yuan_per_mu',
    });
  }
  if (commitments.taxPerMu < indicators.minimumTaxPerMu) {
    shortfalls.push({
      indicator: 'tax_per_mu',
      required: indicators.minimumTaxPerMu,
      committed: commitments.taxPerMu,
      unit: 'yuan_per_mu',
    });
  }
  if (commitments.landAreaSquareMetres > parcel.areaSquareMetres) {
    shortfalls.push({
      indicator: 'land_area',
      required: commitments.landAreaSquareMetres,
      committed: parcel.areaSquareMetres,
      unit: 'square_metres',
    });
  }
  if (commitments.parcelCode !== undefined && commitments.parcelCode !== parcel.code) {
    shortfalls.push({ indicator: 'parcel_code', required: commitments.parcelCode, committed: parcel.code, unit: 'code' });
  }
  return shortfalls;
}

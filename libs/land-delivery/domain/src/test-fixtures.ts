import type { AgreementTerms, ParcelFacts } from './parcel/parcel';

/** A 50-mu standard-land parcel: 200 万元/亩 of investment and 15 万元/亩 of tax at least. */
export const parcelFacts: ParcelFacts = {
  parcelId: 'parcel-1',
  parkId: 'park-xiangxiang',
  code: 'XX-2026-07',
  location: '东山大道以南',
  areaSquareMetres: 100_000 / 3,
  landUse: '工业用地',
  indicators: {
    minimumInvestmentPerMu: 2_000_000,
    plotRatio: { minimum: 1.2, maximum: 3 },
    minimumTaxPerMu: 150_000,
    minimumValueAddedPerTonneCoal: 30_000,
    minimumValueAddedPerTonneEmissions: 500_000,
    minimumBuildingCoveragePercent: 30,
    maximumGreenRatioPercent: 20,
  },
  readiness: { water: true, power: true, gas: true, heat: false, road: true, telecom: true, levelled: true },
};

export const meetingAgreement: AgreementTerms = {
  agreementId: 'agreement-1',
  parkId: 'park-xiangxiang',
  signedOn: '2026-01-10',
  commitments: {
    totalInvestment: 150_000_000,
    fixedAssetInvestment: 100_000_000,
    landAreaSquareMetres: 100_000 / 3,
    parcelCode: 'XX-2026-07',
    daysFromDeliveryToStart: 30,
    monthsToProduction: 12,
    jobs: 300,
    taxPerMu: 150_000,
  },
};

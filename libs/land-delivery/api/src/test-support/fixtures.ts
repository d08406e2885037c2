import type { ProjectSignedV1 } from '@ia/contracts';

export const indicators = {
  minimumInvestmentPerMu: 2_000_000,
  plotRatio: { minimum: 1.2, maximum: 3 },
  minimumTaxPerMu: 150_000,
  minimumValueAddedPerTonneCoal: 30_000,
  minimumValueAddedPerTonneEmissions: 500_000,
  minimumBuildingCoveragePercent: 30,
  maximumGreenRatioPercent: 20,
};
export const readiness = { water: true, power: true, gas: true, heat: true, road: true, telecom: true, levelled: false };
export const parcel = (code: string, parkId = 'park-xiangxiang') => ({
  parkId,
  code,
  location: '东山大道以南、工业路以西',
  areaSquareMetres: 33_333.33,
  landUse: '工业用地',
  indicators,
  readiness,
});
export const signed = (projectId: string, fixedAssetInvestment: number, parkId = 'park-xiangxiang'): ProjectSignedV1 => ({
  projectId,
  agreementId: `agreement-${projectId}`,
  leadId: `lead-${projectId}`,
  parkId,
  projectName: '高端医疗器械生产基地',
  enterpriseName: '湖南某医疗器械有限公司',
  industrySection: 'C',
  signedOn: '2026-01-10',
  registrationDueOn: '2026-01-10',
  commitments: {
    totalInvestment: 150_000_000,
    fixedAssetInvestment,
    landAreaSquareMetres: 33_000,
    daysFromDeliveryToStart: 30,
    monthsToProduction: 12,
    jobs: 300,
    taxPerMu: 160_000,
  },
});

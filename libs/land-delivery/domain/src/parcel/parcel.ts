import type { Actor } from '@ia/kernel';
import type { Commitments } from '@ia/contracts';

/** Control indicators of standard land (标准地), fixed before the parcel is offered. Money in yuan. */
export interface Indicators {
  /** Investment intensity floor: fixed-asset investment per mu, yuan (万元/亩 × 10 000). */
  readonly minimumInvestmentPerMu: number;
  readonly plotRatio: { readonly minimum: number; readonly maximum: number };
  /** Annual tax per mu at full production, yuan. */
  readonly minimumTaxPerMu: number;
  /** Value added per tonne of standard coal, yuan. */
  readonly minimumValueAddedPerTonneCoal: number;
  /** Value added per tonne of emissions, yuan. */
  readonly minimumValueAddedPerTonneEmissions: number;
  readonly minimumBuildingCoveragePercent: number;
  readonly maximumGreenRatioPercent: number;
}

export const READINESS_ITEMS = ['water', 'power', 'gas', 'heat', 'road', 'telecom', 'levelled'] as const;
export type ReadinessItem = (typeof READINESS_ITEMS)[number];
export type Readiness = Readonly<Record<ReadinessItem, boolean>>;

export interface ParcelFacts {
  readonly parcelId: string;
  readonly parkId: string;
  readonly code: string;
  readonly location: string;
  readonly areaSquareMetres: number;
  readonly landUse: string;
  readonly indicators: Indicators;
  readonly readiness: Readiness;
}

/** What land delivery learned of the project's agreement from contract signing. */
export interface AgreementTerms {
  readonly agreementId: string;
  /** The park the project was signed for: its land comes from that park. */
  readonly parkId: string;
  readonly signedOn: string;
  readonly commitments: Commitments;
}

export const SHORTFALL_INDICATORS = ['investment_intensity', 'tax_per_mu', 'land_area', 'parcel_code'] as const;
export type ShortfallIndicator = (typeof SHORTFALL_INDICATORS)[number];

export interface Shortfall {
  readonly indicator: ShortfallIndicator;
  readonly required: number | string;
  readonly committed: number | string;
  readonly unit: 'yuan_per_mu' | 'square_metres' | 'code';
}

export interface Override {
  readonly reason: string;
  readonly by: Actor;
}

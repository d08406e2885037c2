import type { Commitments } from '@ia/contracts';
import type { IncentiveChoice } from '@ia/contract-signing/domain';
import type { CommitmentsDto, IncentiveChoiceDto } from './commitments.dto';

export function toCommitments(dto: CommitmentsDto): Commitments {
  const { parcelCode, ...required } = dto;
  return {
    totalInvestment: required.totalInvestment,
    fixedAssetInvestment: required.fixedAssetInvestment,
    landAreaSquareMetres: required.landAreaSquareMetres,
    ...(parcelCode !== undefined && { parcelCode }),
    daysFromDeliveryToStart: required.daysFromDeliveryToStart,
    monthsToProduction: required.monthsToProduction,
    jobs: required.jobs,
    taxPerMu: required.taxPerMu,
  };
}

export function toChoices(dtos: readonly IncentiveChoiceDto[]): IncentiveChoice[] {
  return dtos.map(({ code, factoryAreaSquareMetres }) => ({
    code,
    ...(factoryAreaSquareMetres !== undefined && { factoryAreaSquareMetres }),
  }));
}

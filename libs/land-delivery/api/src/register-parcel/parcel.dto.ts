import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsInt, IsNumber, Max, Min, ValidateNested } from 'class-validator';

export class PlotRatioDto {
  @ApiProperty({ example: 1.2, description: '容积率下限 / minimum plot ratio' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(20)
  minimum!: number;

  @ApiProperty({ example: 3.0, description: '容积率上限 / maximum plot ratio' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(20)
  maximum!: number;
}

export class IndicatorsDto {
  @ApiProperty({ example: 2_000_000, description: '投资强度下限，元/亩（200 万元/亩）/ fixed-asset investment per mu, yuan' })
  @IsInt()
  @Min(0)
  minimumInvestmentPerMu!: number;

  @ApiProperty({ type: PlotRatioDto, description: '容积率区间 / plot ratio range' })
  @IsDefined()
  @ValidateNested()
  @Type(() => PlotRatioDto)
  plotRatio!: PlotRatioDto;

  @ApiProperty({ example: 150_000, description: '亩均税收下限，元/亩（15 万元/亩）/ annual tax per mu, yuan' })
  @IsInt()
  @Min(0)
  minimumTaxPerMu!: number;

  @ApiProperty({ example: 30_000, description: '单位能耗增加值下限，元/吨标煤 / value added per tonne of standard coal, yuan' })
  @IsInt()
  @Min(0)
  minimumValueAddedPerTonneCoal!: number;

  @ApiProperty({ example: 500_000, description: '单位排放增加值下限，元/吨 / value added per tonne of emissions, yuan' })
  @IsInt()
  @Min(0)
  minimumValueAddedPerTonneEmissions!: number;

  @ApiProperty({ example: 30, description: '建筑系数下限，% / minimum building coverage' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  minimumBuildingCoveragePercent!: number;

  @ApiProperty({ example: 20, description: '绿地率上限，% / maximum green ratio' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  maximumGreenRatioPercent!: number;
}

export class ReadinessDto {
  @ApiProperty({ example: true, description: '通水' }) @IsBoolean() water!: boolean;
  @ApiProperty({ example: true, description: '通电' }) @IsBoolean() power!: boolean;
  @ApiProperty({ example: true, description: '通气' }) @IsBoolean() gas!: boolean;
  @ApiProperty({ example: false, description: '通热' }) @IsBoolean() heat!: boolean;
  @ApiProperty({ example: true, description: '通路' }) @IsBoolean() road!: boolean;
  @ApiProperty({ example: true, description: '通讯' }) @IsBoolean() telecom!: boolean;
  @ApiProperty({ example: true, description: '场地平整' }) @IsBoolean() levelled!: boolean;
}

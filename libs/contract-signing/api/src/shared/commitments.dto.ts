import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsNumber, IsString, Max, MaxLength, Min } from 'class-validator';
import { Absent, IsCode } from './validation';

const MAX_YUAN = Number.MAX_SAFE_INTEGER;
const MAX_AREA = 100_000_000;

export class CommitmentsDto {
  @ApiProperty({ description: '总投资（元）', example: 120_000_000 })
  @IsInt()
  @Min(0)
  @Max(MAX_YUAN)
  totalInvestment!: number;

  @ApiProperty({ description: '固定资产投资（元）', example: 80_000_000 })
  @IsInt()
  @Min(0)
  @Max(MAX_YUAN)
  fixedAssetInvestment!: number;

  @ApiProperty({ description: '用地面积（平方米，最多两位小数）', example: 33_333.33 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_AREA)
  landAreaSquareMetres!: number;

  @ApiPropertyOptional({ description: '地块编号（已确定时）', example: 'XX-2026-07' })
  @Absent()
  @IsString()
  @MaxLength(64)
  parcelCode?: string;

  @ApiProperty({ description: '交地后开工期限（天）', example: 30 })
  @IsInt()
  @Min(0)
  @Max(3650)
  daysFromDeliveryToStart!: number;

  @ApiProperty({ description: '投产期限（月）', example: 18 })
  @IsInt()
  @Min(0)
  @Max(240)
  monthsToProduction!: number;

  @ApiProperty({ description: '就业岗位（个）', example: 200 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  jobs!: number;

  @ApiProperty({ description: '达产后亩均税收（元/亩/年）', example: 150_000 })
  @IsInt()
  @Min(0)
  @Max(MAX_YUAN)
  taxPerMu!: number;
}

export class PartiesDto {
  @ApiProperty({ description: '园区（管委会）签约代表', example: '王主任' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  parkSignatory!: string;

  @ApiProperty({ description: '企业签约代表', example: '李总' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  enterpriseSignatory!: string;
}

export class IncentiveChoiceDto {
  @ApiProperty({ description: '园区政策目录中的优惠政策代码', example: 'three-free-two-half' })
  @IsCode()
  code!: string;

  @ApiPropertyOptional({ description: '租赁标准厂房面积（平方米），租金减免时必填', example: 5_000 })
  @Absent()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_AREA)
  factoryAreaSquareMetres?: number;
}

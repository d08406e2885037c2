import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PREMISES, type Premises } from '@ia/contract-signing/domain';
import { IsCode } from '../shared/validation';

export class ParkParams {
  @ApiProperty({ example: 'park-east' })
  @IsCode()
  parkId!: string;
}

export class IncentiveParams extends ParkParams {
  @ApiProperty({ example: 'three-free-two-half' })
  @IsCode()
  code!: string;
}

class IncentiveNameDto {
  @ApiProperty({ description: '优惠政策名称', example: '标准厂房租金三免两减半' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;
}

export class WaiverPeriodDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(50)
  fromYear!: number;

  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  @Max(50)
  toYear!: number;

  @ApiProperty({ description: '减免比例（%）', example: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  waivedPercent!: number;
}

export class RentWaiverDto extends IncentiveNameDto {
  @ApiProperty({ description: '标准厂房租金（元/平方米/年）', example: 144 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  rentPerSquareMetrePerYear!: number;

  @ApiProperty({
    type: [WaiverPeriodDto],
    example: [
      { fromYear: 1, toYear: 3, waivedPercent: 100 },
      { fromYear: 4, toYear: 5, waivedPercent: 50 },
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WaiverPeriodDto)
  periods!: WaiverPeriodDto[];
}

export class InvestmentRewardDto extends IncentiveNameDto {
  @ApiProperty({ description: '奖励比例（万分之一，500 即 5%）', example: 500 })
  @IsInt()
  @Min(1)
  @Max(10_000)
  rateBasisPoints!: number;

  @ApiProperty({ description: '起奖门槛：固定资产投资超过部分才计奖（元）', example: 5_000_000 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  threshold!: number;

  @ApiProperty({ description: '奖励上限（元）', example: 5_000_000 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  cap!: number;
}

export class FreePremisesDto extends IncentiveNameDto {
  @ApiProperty({
    enum: PREMISES,
    isArray: true,
    description: '免费提供：office 办公、apartment 公寓、parking 停车',
    example: ['office', 'apartment', 'parking'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PREMISES.length)
  @ArrayUnique()
  @IsIn(PREMISES, { each: true })
  premises!: Premises[];

  @ApiProperty({ description: '免费年限', example: 3 })
  @IsInt()
  @Min(1)
  @Max(20)
  years!: number;
}

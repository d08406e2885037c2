import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsNumber, IsString, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IndicatorsDto, ReadinessDto } from './parcel.dto';

export class RegisterParcelDto {
  @ApiProperty({ example: 'park-xiangxiang', description: '园区标识 / park id' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  parkId!: string;

  @ApiProperty({ example: 'XX-2026-07', description: '地块编号 / parcel code' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  code!: string;

  @ApiProperty({ example: '湘乡经开区东山大道以南、工业路以西', description: '位置 / location' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  location!: string;

  @ApiProperty({ example: 33_333.33, description: '面积，平方米（约 50 亩）/ area in square metres' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  areaSquareMetres!: number;

  @ApiProperty({ example: '工业用地', description: '用地性质 / land use' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  landUse!: string;

  @ApiProperty({ type: IndicatorsDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => IndicatorsDto)
  indicators!: IndicatorsDto;

  @ApiProperty({ type: ReadinessDto, description: '七通一平 / site readiness' })
  @IsDefined()
  @ValidateNested()
  @Type(() => ReadinessDto)
  readiness!: ReadinessDto;
}

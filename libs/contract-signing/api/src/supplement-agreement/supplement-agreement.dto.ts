import { IsCalendarDate } from '@ia/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CommitmentsDto } from '../shared/commitments.dto';

export class SupplementAgreementDto {
  @ApiProperty({ description: '补充协议签订日期', example: '2026-09-01' })
  @IsCalendarDate()
  signedOn!: string;

  @ApiProperty({ description: '补充协议内容摘要', example: '增资扩产：新增一条智能装备生产线，总投资增至1.5亿元' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  summary!: string;

  @ApiProperty({ type: CommitmentsDto, description: '补充后的全部承诺（增资只计增量）' })
  @IsObject()
  @ValidateNested()
  @Type(() => CommitmentsDto)
  commitments!: CommitmentsDto;
}

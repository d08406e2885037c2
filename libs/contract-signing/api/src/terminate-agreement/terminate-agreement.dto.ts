import { IsCalendarDate } from '@ia/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class TerminateAgreementDto {
  @ApiProperty({ description: '解约日期', example: '2026-10-08' })
  @IsCalendarDate()
  terminatedOn!: string;

  @ApiProperty({ description: '解约原因', example: '企业资金链断裂，双方协商解除协议' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

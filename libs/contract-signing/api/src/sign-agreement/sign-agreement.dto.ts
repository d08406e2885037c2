import { IsCalendarDate } from '@ia/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Absent, IsCode } from '../shared/validation';

export class SignAgreementDto {
  @ApiProperty({ description: '签约日期（当日即办理工商、税务注册）', example: '2026-03-02' })
  @IsCalendarDate()
  signedOn!: string;

  @ApiPropertyOptional({ description: '“一件事”审批套餐代码，覆盖草案中的选择', example: 'industrial-project' })
  @Absent()
  @IsCode()
  approvalPackage?: string;
}

import { IsCalendarDate } from '@ia/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class AllocateParcelDto {
  @ApiProperty({ example: '01963f6e-0000-7000-8000-000000000001', description: '项目标识 / project id' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  projectId!: string;

  @ApiProperty({ example: '2026-03-02', description: '分配日期 / allocation date' })
  @IsCalendarDate()
  allocatedOn!: string;

  @ApiPropertyOptional({
    example: '市政府专题会议纪要〔2026〕12 号同意降低投资强度要求',
    description: '管理员越过指标的理由 / an administrator’s reason to allocate despite shortfalls',
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(2000)
  overrideReason?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export class DispatchWindowDto {
  @ApiProperty({ example: 23, description: '每月调度开始日 / first day of the window' }) @IsInt() @Min(1) @Max(31) firstDay!: number;
  @ApiProperty({ example: 27, description: '每月调度结束日 / last day of the window' }) @IsInt() @Min(1) @Max(31) lastDay!: number;
}

export class HoldDispatchDto {
  @ApiProperty({ example: '2026-03', description: '调度月份 / month of the dispatch' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  month!: string;

  @ApiPropertyOptional({
    example: '县项目中心因防汛工作推迟调度会',
    description: '管理员在窗口外调度的理由 / an administrator’s reason to dispatch outside the window',
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(2000)
  overrideReason?: string;
}

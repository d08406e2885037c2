import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';

const LIST = /^[\w.-]+(,[\w.-]+){0,19}$/;

export class HistoryQuery {
  @ApiPropertyOptional({ description: '服务，逗号分隔 / services, comma-separated', example: 'approvals,construction' })
  @IsOptional()
  @Matches(LIST)
  service?: string;

  @ApiPropertyOptional({ description: '事件类型，逗号分隔 / event types', example: 'AgreementSigned' })
  @IsOptional()
  @Matches(LIST)
  type?: string;

  @ApiPropertyOptional({ description: '操作人 / actor id', example: 'alice' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  actor?: string;

  @ApiPropertyOptional({ description: '业务时间起 / business time from', example: '2026-03-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: '业务时间止 / business time to', example: '2026-12-31T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ description: '截至该时刻已记录的内容 / what had been recorded by this instant', example: '2026-03-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;

  @ApiPropertyOptional({ description: '截至该业务日期已发生的事实 / what had happened by this business date', example: '2026-03-01' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  validAt?: string;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;

  @ApiPropertyOptional({ default: 200, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ enum: ['business', 'recorded'], default: 'business', description: '排序 / order by business or record time' })
  @IsOptional()
  @IsIn(['business', 'recorded'])
  order?: 'business' | 'recorded';
}

export class ExportQuery extends HistoryQuery {
  @ApiPropertyOptional({ enum: ['csv', 'json'], default: 'json', description: '导出格式 / export format' })
  @IsOptional()
  @IsIn(['csv', 'json'])
  format?: 'csv' | 'json';
}

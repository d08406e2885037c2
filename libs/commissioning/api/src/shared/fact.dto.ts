import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';

/** What every recorded fact may add: when it was recorded as happening, and why. */
export class FactBody {
  @ApiPropertyOptional({
    description: '业务发生时间（ISO-8601 UTC），缺省为当前时间 / business time of the fact',
    example: '2026-03-02T01:30:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  occurredAt?: string;

  @ApiPropertyOptional({ description: '说明 / reason', example: '包联领导现场核实', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

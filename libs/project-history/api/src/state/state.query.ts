import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

export class StateQuery {
  @ApiPropertyOptional({ description: '截至该时刻系统所知 / what the system knew at this instant', example: '2026-04-15T08:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;

  @ApiPropertyOptional({
    description: '截至该业务日期的项目状况 / what the project looked like on this business date',
    example: '2026-04-15',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  validAt?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { QUEUE_FILTERS, type QueueFilter } from '@ia/approvals/domain';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class QueueParameters {
  @ApiPropertyOptional({ enum: QUEUE_FILTERS, description: '即将到期 / 已逾期 / 待补材料 / 待部门审批', example: 'due_soon' })
  @IsOptional()
  @IsIn(QUEUE_FILTERS)
  filter?: QueueFilter;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: '只看我的事项 / only items assigned to me', example: 'true' })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @ApiPropertyOptional({ description: '“即将到期”的工作日数，默认 2 / working days that count as due soon', example: '2' })
  @IsOptional()
  @Matches(/^\d{1,2}$/)
  dueSoonDays?: string;

  @ApiPropertyOptional({ description: '只看一个园区的事项 / only one park’s items', example: 'xiangxiang-edz' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  parkId?: string;
}

export class BoardParameters {
  @ApiPropertyOptional({ description: '只看一个园区 / only one park', example: 'xiangxiang-edz' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  parkId?: string;
}

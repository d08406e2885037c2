import { IsCalendarDate } from '@ia/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Matches, Min } from 'class-validator';
import { MILESTONES, type Milestone } from '@ia/construction/domain';

export class StartWorkDto {
  @ApiProperty({ example: '2026-03-05', description: '实际开工日期（首次永久性工程开挖或第一根桩）/ actual start (T2)' })
  @IsCalendarDate()
  startedOn!: string;
}

export class RecordMilestoneDto {
  @ApiProperty({ enum: MILESTONES, example: 'foundation', description: '节点：基础、主体封顶、主体竣工、设备安装、竣工 / milestone' })
  @IsIn(MILESTONES)
  milestone!: Milestone;

  @ApiProperty({ example: '2026-04-20', description: '完成日期 / date reached' })
  @IsCalendarDate()
  reachedOn!: string;
}

export class ReportInvestmentDto {
  @ApiProperty({ example: '2026-03', description: '月份 YYYY-MM / month' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  month!: string;

  @ApiProperty({ example: 12_000_000, description: '月度计划投资，元 / planned investment, yuan' })
  @IsInt()
  @Min(0)
  plannedYuan!: number;

  @ApiProperty({ example: 10_500_000, description: '月度完成投资，元 / completed investment, yuan' })
  @IsInt()
  @Min(0)
  completedYuan!: number;
}

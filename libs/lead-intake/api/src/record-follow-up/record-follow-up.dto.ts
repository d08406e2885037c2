import { IsCalendarDate } from '@ia/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { FOLLOW_UP_CHANNELS, type FollowUpChannel } from '@ia/lead-intake/domain';
import { INSTANT } from '../shared/validators';

export class RecordFollowUpBody {
  @ApiProperty({ description: '跟进方式 / channel', enum: FOLLOW_UP_CHANNELS, example: 'phone' })
  @IsIn(FOLLOW_UP_CHANNELS)
  channel!: FollowUpChannel;

  @ApiProperty({ description: '洽谈内容 / summary', example: '电话沟通用地需求，企业关注标准厂房租金减免政策' })
  @IsString()
  @MaxLength(2000)
  @Matches(/\S/)
  summary!: string;

  @ApiPropertyOptional({ description: '下一步 / next step', example: '安排企业实地考察园区' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  nextStep?: string;

  @ApiPropertyOptional({ description: '下一步计划日期 / planned date of the next step', example: '2026-03-05' })
  @IsOptional()
  @IsCalendarDate()
  nextStepOn?: string;

  @ApiPropertyOptional({ description: '跟进时间（UTC）/ when it happened, if earlier than now', example: '2026-03-02T06:30:00Z' })
  @IsOptional()
  @IsString()
  @Matches(INSTANT)
  occurredAt?: string;
}

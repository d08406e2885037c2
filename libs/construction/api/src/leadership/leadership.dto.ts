import { IsCalendarDate } from '@ia/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';

export class LeaderDto {
  @ApiProperty({ example: 'leader-zhang', description: '包联领导的用户标识 / the leader’s user id' })
  @Matches(/^[A-Za-z0-9_:.-]{1,64}$/)
  userId!: string;

  @ApiProperty({ example: '张副县长', description: '姓名 / name' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name!: string;
}

export class AssignLeadershipDto {
  @ApiProperty({ type: LeaderDto }) @IsDefined() @ValidateNested() @Type(() => LeaderDto) leader!: LeaderDto;
  @ApiProperty({ example: '李项目专员' }) @IsString() @MinLength(1) @MaxLength(50) commissioner!: string;
  @ApiProperty({ example: '王联络员' }) @IsString() @MinLength(1) @MaxLength(50) liaison!: string;
  @ApiProperty({ example: '赵驻场监督员' }) @IsString() @MinLength(1) @MaxLength(50) supervisor!: string;
  @ApiProperty({ example: '2026-03-02', description: '确定包联之日 / assigned on' }) @IsCalendarDate() assignedOn!: string;
}

export class RecordSiteVisitDto {
  @ApiProperty({ example: '2026-03-02', description: '走访日期 / visit date' })
  @IsCalendarDate()
  visitedOn!: string;

  @ApiProperty({ example: '现场协调变压器增容，供电公司承诺本月底前送电', description: '走访情况 / what was seen and agreed' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note!: string;
}

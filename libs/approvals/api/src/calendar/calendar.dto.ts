import { IsCalendarDate } from '@ia/platform';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, Matches } from 'class-validator';

export class PublishYearBody {
  @ApiProperty({ description: '法定节假日（含放假的周末）/ days off', example: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-10-01'] })
  @IsArray()
  @ArrayMaxSize(60)
  @IsCalendarDate({ each: true })
  holidays!: string[];

  @ApiProperty({ description: '调休上班的周末 / weekend days worked', example: ['2027-02-13'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsCalendarDate({ each: true })
  adjustedWorkdays!: string[];
}

export class DeadlineParameters {
  @ApiProperty({ description: '起算日 / the first day', example: '2026-09-28' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ description: '工作日数 / working days', example: '5' })
  @Matches(/^\d{1,3}$/)
  days!: string;
}

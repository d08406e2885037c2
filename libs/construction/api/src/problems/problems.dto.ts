import { IsCalendarDate } from '@ia/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PROBLEM_CATEGORIES, type ProblemCategory } from '@ia/construction/domain';

export class RaiseProblemDto {
  @ApiProperty({ example: '01963f6e-0000-7000-8000-000000000001' }) @Matches(/^[A-Za-z0-9_-]{1,64}$/) projectId!: string;
  @ApiProperty({
    enum: PROBLEM_CATEGORIES,
    example: 'power_supply',
    description: '类别：供电、供水、供气、供热、审批、用地、用工、资金、其他',
  })
  @IsIn(PROBLEM_CATEGORIES)
  category!: ProblemCategory;
  @ApiProperty({ example: '厂区变压器烧毁，无法正常施工用电' }) @IsString() @MinLength(1) @MaxLength(2000) description!: string;
  @ApiProperty({ example: '2026-03-02' }) @IsCalendarDate() raisedOn!: string;
}

export class AssignProblemDto {
  @ApiProperty({ example: '国网湘乡市供电公司', description: '责任单位 / responsible unit' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  responsibleUnit!: string;
  @ApiProperty({ example: '2026-03-15', description: '办结时限 / due date' }) @IsCalendarDate() dueOn!: string;
}

export class NoteProgressDto {
  @ApiProperty({ example: '2026-03-06' }) @IsCalendarDate() notedOn!: string;
  @ApiProperty({ example: '新变压器已到货，正在安装' }) @IsString() @MinLength(1) @MaxLength(2000) note!: string;
}

export class ResolveProblemDto {
  @ApiProperty({ example: '2026-03-10' }) @IsCalendarDate() resolvedOn!: string;
  @ApiProperty({ example: '供电公司送电确认单（2026-03-10）', description: '办结佐证 / evidence' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  evidence!: string;
}

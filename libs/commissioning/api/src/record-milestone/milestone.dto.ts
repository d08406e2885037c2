import { IsCalendarDate } from '@ia/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { FactBody } from '../shared/fact.dto';

export class StartedOnBody extends FactBody {
  @ApiProperty({ description: '开始日期 / the day it started', example: '2026-01-22' })
  @IsCalendarDate()
  startedOn!: string;
}

export class PartialProductionBody extends StartedOnBody {
  @ApiProperty({ description: '投产的生产线 / the production line', example: '一号注塑生产线', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  line!: string;
}

export class FullCapacityBody extends FactBody {
  @ApiProperty({ description: '达产日期 / the day designed output was reached', example: '2026-09-30' })
  @IsCalendarDate()
  reachedOn!: string;
}

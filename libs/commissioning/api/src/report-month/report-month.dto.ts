import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { FactBody } from '../shared/fact.dto';

const MAXIMUM_YUAN = Number.MAX_SAFE_INTEGER;
const MAXIMUM_JOBS = 1_000_000;

/** One month of figures, integer yuan: output, revenue and tax of the month; jobs and investment as totals at its end. */
export class ReportMonthBody extends FactBody {
  @ApiProperty({ description: '当月工业总产值（元）/ output of the month, yuan', example: 2_500_000 })
  @IsInt()
  @Min(0)
  @Max(MAXIMUM_YUAN)
  output!: number;

  @ApiProperty({ description: '当月主营业务收入（元）/ main-business revenue of the month, yuan', example: 2_000_000 })
  @IsInt()
  @Min(0)
  @Max(MAXIMUM_YUAN)
  mainBusinessRevenue!: number;

  @ApiProperty({ description: '当月实缴税收（元）/ tax paid in the month, yuan', example: 150_000 })
  @IsInt()
  @Min(0)
  @Max(MAXIMUM_YUAN)
  tax!: number;

  @ApiProperty({ description: '月末从业人数 / jobs at the end of the month', example: 180 })
  @IsInt()
  @Min(0)
  @Max(MAXIMUM_JOBS)
  jobs!: number;

  @ApiProperty({ description: '累计完成投资（元）/ investment completed to date, yuan', example: 260_000_000 })
  @IsInt()
  @Min(0)
  @Max(MAXIMUM_YUAN)
  investmentCompleted!: number;
}

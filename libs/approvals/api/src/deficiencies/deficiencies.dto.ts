import { IsCalendarDate } from '@ia/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMMITMENT_CONSEQUENCES, type CommitmentConsequence } from '@ia/approvals/domain';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CODE_PATTERN } from '../shared/identifiers';

export class SupplyBody {
  @ApiProperty({ description: '补交的容缺材料 / the deferred material supplied', example: 'investment_agreement' })
  @Matches(CODE_PATTERN)
  materialCode!: string;

  @ApiProperty({ description: '补交日期 / the day it arrived', example: '2026-03-06' })
  @IsCalendarDate()
  suppliedOn!: string;
}

export class SuspendBody {
  @ApiProperty({ description: '中止日期（承诺日期已过）/ the day the item is suspended', example: '2026-03-09' })
  @IsCalendarDate()
  suspendedOn!: string;
}

export class ReturnFileBody {
  @ApiProperty({ description: '退件日期（15个工作日补正期已过）/ the day the file goes back', example: '2026-03-30' })
  @IsCalendarDate()
  returnedOn!: string;
}

export class CheckCommitmentBody {
  @ApiProperty({ description: '核查日期 / the day of the check', example: '2026-06-01' })
  @IsCalendarDate()
  checkedOn!: string;

  @ApiProperty({ description: '承诺是否兑现 / whether the promise was kept', example: false })
  @IsBoolean()
  kept!: boolean;

  @ApiProperty({ description: '核查结论 / what the check found', example: '企业未按承诺取得环评批复' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  finding!: string;

  @ApiPropertyOptional({
    enum: COMMITMENT_CONSEQUENCES,
    description: '失信后果：撤销或责令整改 / revocation or an order to fix',
    example: 'order_to_fix',
  })
  @IsOptional()
  @IsIn(COMMITMENT_CONSEQUENCES)
  consequence?: CommitmentConsequence;
}

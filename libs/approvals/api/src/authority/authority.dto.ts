import { IsCalendarDate } from '@ia/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class SubmitBody {
  @ApiProperty({ description: '报送日期 / the day the file went to the authority', example: '2026-03-02' })
  @IsCalendarDate()
  submittedOn!: string;

  @ApiProperty({ description: '审批部门 / the authority', example: '湘潭市发展和改革委员会' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  authority!: string;
}

export class GrantBody {
  @ApiProperty({ description: '办结（发证）日期 / the day granted', example: '2026-03-02' })
  @IsCalendarDate()
  grantedOn!: string;

  @ApiProperty({ description: '证照或文号 / licence or certificate number', example: '湘发改备〔2026〕12号' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  licenceNumber!: string;

  @ApiPropertyOptional({
    description: '全国项目代码（备案必填）/ the national project code, required for the filing',
    example: '2026-430100-38-03-012345',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  projectCode?: string;
}

export class DatedReasonBody {
  @ApiProperty({ description: '日期 / the day it happened', example: '2026-03-03' })
  @IsCalendarDate()
  on!: string;

  @ApiProperty({ description: '原因 / the reason', example: '项目基本情况缺少建设规模，请补正' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}

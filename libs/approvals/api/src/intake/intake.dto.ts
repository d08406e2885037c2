import { IsCalendarDate } from '@ia/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { CODE_PATTERN } from '../shared/identifiers';
import { IsResidentIdNumber } from './resident-id.validator';

export class AssignAgentBody {
  @ApiProperty({ description: '代办员账号 / the agent’s user id', example: 'agent-wang' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  agentId!: string;
}

export class TakeInMaterialsBody {
  @ApiProperty({ description: '收件日期 / the day the materials were handed over', example: '2026-03-02' })
  @IsCalendarDate()
  receivedOn!: string;

  @ApiProperty({ description: '一张申请表的编号 / the one application form', example: '湘乡经开区代办〔2026〕0301号' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  formReference!: string;

  @ApiProperty({ description: '经办人姓名（个人信息，加密保存）/ the applicant, personal data stored sealed', example: '王建国' })
  @IsString()
  @MaxLength(64)
  @Matches(/\S/)
  applicantName!: string;

  @ApiProperty({
    description: '经办人居民身份证号码（GB 11643，加密保存）/ the one ID: the applicant’s resident identity number, stored sealed',
    example: '430381197502030020',
  })
  @IsResidentIdNumber('receivedOn')
  applicantIdNumber!: string;

  @ApiProperty({
    description: '一套材料：收到的材料编码 / the set of materials received',
    example: ['application_form', 'business_licence', 'project_summary'],
  })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(CODE_PATTERN, { each: true })
  materialCodes!: string[];
}

export class AcceptBody {
  @ApiProperty({ description: '受理日期：时限自此起算 / acceptance starts the clock', example: '2026-03-02' })
  @IsCalendarDate()
  acceptedOn!: string;
}

export class DeferredMaterialBody {
  @ApiProperty({ description: '容缺的次要材料 / a missing secondary material', example: 'investment_agreement' })
  @Matches(CODE_PATTERN)
  materialCode!: string;

  @ApiProperty({ description: '承诺补齐日期 / the date promised', example: '2026-03-06' })
  @IsCalendarDate()
  promisedOn!: string;
}

export class AcceptWithDeficienciesBody extends AcceptBody {
  @ApiProperty({ type: [DeferredMaterialBody], description: '容缺材料及承诺日期 / missing materials with promised dates' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DeferredMaterialBody)
  deficiencies!: DeferredMaterialBody[];
}

export class AcceptUnderCommitmentBody extends AcceptBody {
  @ApiProperty({ description: '承诺内容 / the written promise', example: '本企业承诺项目符合国家产业政策，开工前取得环评批复' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  promise!: string;

  @ApiProperty({ description: '核查日期 / when the promise will be checked', example: '2026-06-01' })
  @IsCalendarDate()
  checkOn!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { APPROVAL_STAGES, type ApprovalStage } from '@ia/contracts';
import { MATERIAL_KINDS, type MaterialKind } from '@ia/approvals/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CODE_PATTERN } from '../shared/identifiers';

export class MaterialBody {
  @ApiProperty({ example: 'eia_report' })
  @Matches(CODE_PATTERN)
  code!: string;

  @ApiProperty({ example: '环境影响报告表' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: MATERIAL_KINDS, description: '核心材料不得容缺 / core materials cannot be deferred', example: 'core' })
  @IsIn(MATERIAL_KINDS)
  kind!: MaterialKind;
}

export class CatalogItemBody {
  @ApiProperty({ example: '环境影响评价（环评）' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: APPROVAL_STAGES, example: 'assessments' })
  @IsIn(APPROVAL_STAGES)
  stage!: ApprovalStage;

  @ApiProperty({ type: [MaterialBody] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MaterialBody)
  materials!: MaterialBody[];

  @ApiProperty({ description: '承诺时限（工作日），0 为即办 / working days, 0 for the same day', example: 20 })
  @IsInt()
  @Min(0)
  @Max(60)
  timeLimitDays!: number;

  @ApiProperty({ description: '适用承诺制 / commitment applies', example: true })
  @IsBoolean()
  commitmentAllowed!: boolean;

  @ApiProperty({ description: '适用容缺办理 / tolerated deficiency applies', example: true })
  @IsBoolean()
  deficiencyAllowed!: boolean;

  @ApiProperty({ description: '前置事项 / items granted first', example: ['project_filing'] })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(CODE_PATTERN, { each: true })
  prerequisites!: string[];

  @ApiProperty({ description: '办结时赋全国项目代码（备案）/ gives the national project code', example: false })
  @IsBoolean()
  givesProjectCode!: boolean;
}

export class PackageBody {
  @ApiProperty({ example: '标准工业项目“一件事”' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '新建工业项目（出让用地）' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  projectKind!: string;

  @ApiProperty({ example: ['business_registration', 'tax_registration', 'project_filing'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(CODE_PATTERN, { each: true })
  itemCodes!: string[];
}

export class DefaultPackageBody {
  @ApiProperty({ example: 'standard_industrial' })
  @Matches(CODE_PATTERN)
  packageCode!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { LEAD_SOURCES } from '@ia/contracts';
import { NAMED_SOURCES, type LeadSource } from '@ia/lead-intake/domain';
import { INDUSTRY_SECTIONS } from '@ia/reference';
import { INSTANT, IsDivisionOf, IsUscc, PARK_ID, PERSON_ID, PHONE } from '../shared/validators';

const NOT_BLANK = /\S/;

export class RegisterLeadBody {
  @ApiProperty({ description: '园区 / park the lead belongs to', example: 'xiangxiang-edz' })
  @IsString()
  @Matches(PARK_ID)
  parkId!: string;

  @ApiProperty({ description: '企业名称 / company name', example: '湖南星辰电气有限公司', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  @Matches(NOT_BLANK)
  companyName!: string;

  @ApiPropertyOptional({ description: '统一社会信用代码 (GB 32100-2015) / USCC, when known', example: '91430100MA4L12345A' })
  @IsOptional()
  @IsString()
  @IsUscc()
  uscc?: string;

  @ApiProperty({
    description: '国民经济行业门类 (GB/T 4754-2017) / industry section',
    example: 'C',
    enum: INDUSTRY_SECTIONS.map((section) => section.code),
  })
  @IsIn(INDUSTRY_SECTIONS.map((section) => section.code))
  industrySection!: string;

  @ApiPropertyOptional({ description: '行业大类，须属于该门类 / industry division of that section', example: '38' })
  @IsOptional()
  @IsString()
  @IsDivisionOf('industrySection')
  industryDivision?: string;

  @ApiProperty({ description: '线索来源 / source', enum: LEAD_SOURCES, example: 'promotion_event' })
  @IsIn(LEAD_SOURCES)
  source!: LeadSource;

  @ApiPropertyOptional({
    description: '推介会、推荐投资人或委托机构名称 / the fair, referring investor or agency',
    example: '湘港经贸合作周签约仪式',
  })
  @ValidateIf((body: RegisterLeadBody) => NAMED_SOURCES.includes(body.source) || body.sourceName !== undefined)
  @IsString()
  @MaxLength(200)
  @Matches(NOT_BLANK)
  sourceName?: string;

  @ApiProperty({ description: '联系人 / contact person', example: '李明' })
  @IsString()
  @MaxLength(50)
  @Matches(NOT_BLANK)
  contactPerson!: string;

  @ApiProperty({ description: '联系电话（个人信息）/ contact phone, personal data', example: '13812345678' })
  @IsString()
  @Matches(PHONE)
  contactPhone!: string;

  @ApiProperty({ description: '意向投资额（元）/ intended investment, integer yuan', example: 300000000 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  intendedInvestment!: number;

  @ApiProperty({ description: '用地需求（亩）/ land demand in mu', example: 100 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1_000_000)
  landDemandMu!: number;

  @ApiProperty({ description: '预计就业人数 / expected jobs', example: 400 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  expectedJobs!: number;

  @ApiProperty({ description: '预计年产值（元）/ expected annual output, integer yuan', example: 500000000 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  expectedAnnualOutput!: number;

  @ApiProperty({ description: '预计年税收（元）/ expected annual tax, integer yuan', example: 20000000 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  expectedAnnualTax!: number;

  @ApiPropertyOptional({ description: '主要产品 / product', example: '智能配电设备' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  product?: string;

  @ApiPropertyOptional({ description: '备注 / notes', example: '企业计划年内完成选址' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;

  @ApiPropertyOptional({ description: '负责的招商专员 / promoter in charge', example: 'zhang.wei' })
  @IsOptional()
  @IsString()
  @Matches(PERSON_ID)
  promoterId?: string;

  @ApiPropertyOptional({ description: '线索获得时间（UTC）/ when the lead came in, if earlier than now', example: '2026-03-02T01:30:00Z' })
  @IsOptional()
  @IsString()
  @Matches(INSTANT)
  occurredAt?: string;
}

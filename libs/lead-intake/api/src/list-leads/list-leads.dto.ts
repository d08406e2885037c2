import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { LEAD_SOURCES } from '@ia/contracts';
import { LEAD_STATUSES, type LeadSource, type LeadStatus } from '@ia/lead-intake/domain';
import { IsIndustryCode, PARK_ID, PERSON_ID } from '../shared/validators';

/** Query strings arrive as text: numbers and flags are checked as text and converted by the query. */
export class ListLeadsQueryString {
  @ApiPropertyOptional({ enum: LEAD_STATUSES, example: 'open', description: '状态 / status' })
  @IsOptional()
  @IsIn(LEAD_STATUSES)
  status?: LeadStatus;

  @ApiPropertyOptional({ example: 'C38', description: '行业门类或大类 / industry section or division' })
  @IsOptional()
  @IsString()
  @IsIndustryCode()
  industry?: string;

  @ApiPropertyOptional({ enum: LEAD_SOURCES, example: 'promotion_event', description: '来源 / source' })
  @IsOptional()
  @IsIn(LEAD_SOURCES)
  source?: LeadSource;

  @ApiPropertyOptional({ example: 'zhang.wei', description: '招商专员 / promoter' })
  @IsOptional()
  @IsString()
  @Matches(PERSON_ID)
  promoter?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: '只看超时线索 / only overdue leads (true) or only timely ones (false)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ example: 'xiangxiang-edz', description: '园区 / park' })
  @IsOptional()
  @IsString()
  @Matches(PARK_ID)
  parkId?: string;

  @ApiPropertyOptional({
    example: '星辰电气',
    description: '按企业名称（全半角、空格、公司后缀不敏感）或统一社会信用代码检索 / search by company name or USCC',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ example: '1', description: '页码，从 1 开始 / page, from 1' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,5}$/)
  page?: string;

  @ApiPropertyOptional({ example: '20', description: '每页条数，最多 100 / page size, at most 100' })
  @IsOptional()
  @Matches(/^([1-9]\d?|100)$/)
  pageSize?: string;
}

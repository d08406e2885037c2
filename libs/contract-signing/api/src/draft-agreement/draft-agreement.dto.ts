import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsObject, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { UUID_PATTERN } from '@ia/platform';
import { CommitmentsDto, IncentiveChoiceDto, PartiesDto } from '../shared/commitments.dto';
import { Absent, IsCode } from '../shared/validation';

export class NegotiatedTermsDto {
  @ApiProperty({ description: '项目名称', example: '年产5万台智能装备产业园项目' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  projectName!: string;

  @ApiProperty({ type: PartiesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PartiesDto)
  parties!: PartiesDto;

  @ApiProperty({ type: CommitmentsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CommitmentsDto)
  commitments!: CommitmentsDto;

  @ApiProperty({ type: [IncentiveChoiceDto], description: '从园区政策目录中选择的优惠政策' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IncentiveChoiceDto)
  incentives!: IncentiveChoiceDto[];

  @ApiPropertyOptional({ description: '“一件事”审批套餐代码', example: 'industrial-project' })
  @Absent()
  @IsCode()
  approvalPackage?: string;
}

export class DraftAgreementDto extends NegotiatedTermsDto {
  @ApiProperty({ description: '已通过筛选的线索编号', example: '0190a000-0000-7000-8000-000000000001' })
  @IsString()
  @Matches(UUID_PATTERN, { message: 'leadId must be a UUID' })
  leadId!: string;
}

export const DRAFT_EXAMPLE = {
  leadId: '0190a000-0000-7000-8000-000000000001',
  projectName: '年产5万台智能装备产业园项目',
  parties: { parkSignatory: '王主任', enterpriseSignatory: '李总' },
  commitments: {
    totalInvestment: 120_000_000,
    fixedAssetInvestment: 80_000_000,
    landAreaSquareMetres: 33_333.33,
    parcelCode: 'XX-2026-07',
    daysFromDeliveryToStart: 30,
    monthsToProduction: 18,
    jobs: 200,
    taxPerMu: 150_000,
  },
  incentives: [{ code: 'three-free-two-half', factoryAreaSquareMetres: 5_000 }, { code: 'fixed-asset-reward' }, { code: 'free-premises' }],
  approvalPackage: 'industrial-project',
};

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CommitmentsDto, IncentiveChoiceDto, PartiesDto } from '../shared/commitments.dto';
import { Absent, IsCode } from '../shared/validation';

/** Each field given replaces the draft's; a field left out stays as drafted. */
export class AmendAgreementDto {
  @ApiPropertyOptional({ example: '年产8万台智能装备产业园项目' })
  @Absent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  projectName?: string;

  @ApiPropertyOptional({ type: PartiesDto })
  @Absent()
  @IsObject()
  @ValidateNested()
  @Type(() => PartiesDto)
  parties?: PartiesDto;

  @ApiPropertyOptional({ type: CommitmentsDto })
  @Absent()
  @IsObject()
  @ValidateNested()
  @Type(() => CommitmentsDto)
  commitments?: CommitmentsDto;

  @ApiPropertyOptional({ type: [IncentiveChoiceDto] })
  @Absent()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IncentiveChoiceDto)
  incentives?: IncentiveChoiceDto[];

  @ApiPropertyOptional({ example: 'industrial-project' })
  @Absent()
  @IsCode()
  approvalPackage?: string;
}

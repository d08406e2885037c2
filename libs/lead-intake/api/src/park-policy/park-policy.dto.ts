import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsString, Max, Min } from 'class-validator';
import { IsIndustryCode } from '../shared/validators';

export class SetParkPolicyBody {
  @ApiProperty({ description: '主导产业（门类或大类代码）/ wanted industries, GB/T 4754 codes', example: ['C38', 'C35'], type: [String] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsIndustryCode({ each: true })
  wantedIndustries!: string[];

  @ApiProperty({ description: '禁止类行业 / excluded categories', example: ['C25'], type: [String] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsIndustryCode({ each: true })
  excludedIndustries!: string[];

  @ApiProperty({ description: '最低投资强度（万元/亩），0 为不限 / minimum investment intensity', example: 250 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  minimumInvestmentIntensity!: number;

  @ApiProperty({ description: '最低亩均税收（万元/亩），0 为不限 / minimum annual tax per mu', example: 15 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  minimumTaxPerMu!: number;

  @ApiProperty({ description: '最低就业人数，0 为不限 / minimum jobs', example: 100 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  minimumJobs!: number;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CODE_PATTERN } from '../shared/identifiers';

export class AddItemBody {
  @ApiProperty({ description: '事项目录编码 / the catalog item', example: 'energy_review' })
  @Matches(CODE_PATTERN)
  itemCode!: string;

  @ApiProperty({ description: '增加原因 / why the project needs it', example: '年综合能耗超过1000吨标准煤，须办理节能审查' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}

export class WaiveItemBody {
  @ApiProperty({ description: '免办原因 / why the project does not need it', example: '租赁园区标准厂房，无需办理用地手续' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}

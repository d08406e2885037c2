import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

export class EraseApplicantDataBody {
  @ApiProperty({ description: '依据 / the request and its legal basis', example: '经办人依《个人信息保护法》第四十七条申请删除' })
  @IsString()
  @MaxLength(2000)
  @Matches(/\S/)
  reason!: string;
}

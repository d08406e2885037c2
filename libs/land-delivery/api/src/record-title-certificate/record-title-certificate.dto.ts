import { IsCalendarDate } from '@ia/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class RecordTitleCertificateDto {
  @ApiProperty({ example: '2026-03-02', description: '不动产权证书颁发日期 / date the title certificate was granted' })
  @IsCalendarDate()
  grantedOn!: string;

  @ApiPropertyOptional({ example: '湘(2026)湘乡市不动产权第0001234号', description: '证书编号 / certificate number' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  certificateNumber?: string;
}

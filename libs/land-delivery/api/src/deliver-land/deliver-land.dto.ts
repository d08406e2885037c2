import { IsCalendarDate } from '@ia/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class DeliverLandDto {
  @ApiProperty({ example: '2026-03-02', description: '交地日期 / delivery date' })
  @IsCalendarDate()
  deliveredOn!: string;

  @ApiProperty({ example: '湘经开交〔2026〕007 号', description: '交地确认书编号 / delivery confirmation number' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  confirmationNumber!: string;
}

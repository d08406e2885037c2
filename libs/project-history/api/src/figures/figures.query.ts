import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class ParkFiguresQuery {
  @ApiProperty({ description: '园区 / park', example: 'xiangxiang-edz' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  parkId!: string;
}

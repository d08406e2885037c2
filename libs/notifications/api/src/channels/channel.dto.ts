import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, IsUrl, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { CHANNEL_KINDS, type ChannelKind } from '@ia/notifications/domain';
import { IsMailAddress } from '../mail-address';

export class ConfigureChannelDto {
  @ApiProperty({
    enum: CHANNEL_KINDS,
    example: 'dingtalk',
    description: '渠道：企业微信群机器人、钉钉群机器人或邮件 / wecom, dingtalk or email',
  })
  @IsIn(CHANNEL_KINDS)
  kind!: ChannelKind;

  @ApiProperty({ example: '湘乡经开区招商服务群', description: '渠道名称 / a name people recognise' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name!: string;

  @ApiPropertyOptional({
    example: 'https://oapi.dingtalk.com/robot/send?access_token=…',
    description: '群机器人 Webhook 地址（含密钥，加密保存，不再显示）/ the robot webhook; sealed, never shown again',
  })
  @ValidateIf((body: ConfigureChannelDto) => body.kind !== 'email')
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(500)
  webhook?: string;

  @ApiPropertyOptional({ example: 'SEC…', description: '钉钉机器人加签密钥（加密保存）/ DingTalk signing secret; sealed' })
  @ValidateIf((body: ConfigureChannelDto) => body.kind === 'dingtalk')
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  signingSecret?: string;

  @ApiPropertyOptional({ example: ['zhaoshang@xiangxiang.gov.cn'], description: '收件地址（加密保存）/ e-mail recipients; sealed' })
  @ValidateIf((body: ConfigureChannelDto) => body.kind === 'email')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsMailAddress({ each: true })
  recipients?: string[];
}

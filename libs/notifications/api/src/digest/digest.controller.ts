import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { MaxLength } from 'class-validator';
import type { Request } from 'express';
import { DIGESTS, type DigestView } from '@ia/notifications/domain';
import {
  CLOCK,
  commandContext,
  CurrentPrincipal,
  ENGINES,
  ID_GENERATOR,
  InPark,
  Roles,
  type Clock,
  type Engines,
  type IdGenerator,
  type Principal,
} from '@ia/platform';
import { IsMailAddress } from '../mail-address';
import { SecretSealing } from '../sending/sealing';
import { NotificationWriter } from '../writer';

export class SubscribeDigestDto {
  @ApiProperty({ example: 'wang.li@xiangxiang.gov.cn', description: '接收每日待办的邮箱（加密保存）/ where the daily digest goes; sealed' })
  @IsMailAddress()
  @MaxLength(200)
  email!: string;
}

const masked = (address: string) => address.replace(/^(.).*(@.*)$/, '$1***$2');
const digestId = (principal: Principal, parkId: string) => `${parkId}.${principal.id}`;

/** Each person's own daily digest (每日待办) for a park they work for: their items near or past due, once a day by e-mail. */
@ApiTags('notifications 提醒')
@ApiBearerAuth()
@Controller('api/v1/notifications/parks/:parkId/digest')
export class DigestController {
  constructor(
    private readonly writer: NotificationWriter,
    private readonly sealing: SecretSealing,
    @Inject(ENGINES) private readonly engines: Engines,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  @Get()
  @Roles('promoter', 'agent', 'leader', 'admin')
  @InPark({ param: 'parkId' })
  @ApiOperation({ summary: '我的每日待办订阅 / My daily digest for this park' })
  async mine(@Param('parkId') parkId: string, @CurrentPrincipal() principal: Principal) {
    const view = await this.engines.readModels.get<DigestView>(DIGESTS, digestId(principal, parkId));
    const address = view && (await this.sealing.openAddress(view.sealedAddress));
    return { parkId, subscribed: view !== undefined, ...(address && { email: masked(address) }) };
  }

  @Put()
  @Roles('promoter', 'agent', 'leader', 'admin')
  @InPark({ param: 'parkId' })
  @ApiOperation({ summary: '订阅每日待办 / Ask for the daily digest at this address' })
  async subscribe(
    @Param('parkId') parkId: string,
    @Body() body: SubscribeDigestDto,
    @Req() request: Request,
    @CurrentPrincipal() principal: Principal,
  ) {
    const before = await this.engines.readModels.get<DigestView>(DIGESTS, digestId(principal, parkId));
    const sealedAddress = await this.sealing.sealAddress(principal.id, this.newId(), body.email);
    const command = { type: 'SubscribeDigest' as const, data: { personId: principal.id, parkId, sealedAddress } };
    await this.writer.onDigest(principal.id, parkId, command, commandContext(request, principal, this.clock.now()));
    if (before) await this.sealing.destroy(before.sealedAddress);
    return { parkId, subscribed: true, email: masked(body.email) };
  }

  @Delete()
  @HttpCode(200)
  @Roles('promoter', 'agent', 'leader', 'admin')
  @InPark({ param: 'parkId' })
  @ApiOperation({ summary: '取消每日待办 / Stop the daily digest; the address becomes unreadable' })
  async unsubscribe(@Param('parkId') parkId: string, @Req() request: Request, @CurrentPrincipal() principal: Principal) {
    const before = await this.engines.readModels.get<DigestView>(DIGESTS, digestId(principal, parkId));
    const command = { type: 'UnsubscribeDigest' as const, data: { personId: principal.id } };
    await this.writer.onDigest(principal.id, parkId, command, commandContext(request, principal, this.clock.now()));
    if (before) await this.sealing.destroy(before.sealedAddress);
    return { parkId, subscribed: false };
  }
}

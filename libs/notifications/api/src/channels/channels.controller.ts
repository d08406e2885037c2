import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CHANNELS, type Channel, type ParkChannelsView } from '@ia/notifications/domain';
import {
  CLOCK,
  commandContext,
  CurrentPrincipal,
  ENGINES,
  ID_GENERATOR,
  InPark,
  ProblemError,
  Roles,
  type Clock,
  type Engines,
  type IdGenerator,
  type Principal,
} from '@ia/platform';
import { SecretSealing } from '../sending/sealing';
import { NotificationWriter } from '../writer';
import { ConfigureChannelDto } from './channel.dto';

const CHANNEL_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** What answers show of a channel: never its webhook, secret or addresses. */
const shown = (parkId: string, { channelId, kind, name, shownAs }: Channel) => ({ parkId, channelId, kind, name, shownAs });

function checkedChannelId(channelId: string): string {
  if (!CHANNEL_ID.test(channelId)) {
    throw new ProblemError(
      400,
      'REQUEST.INVALID_CHANNEL_ID',
      '渠道编号无效',
      'A channel id is 1 to 40 lower-case letters, digits and hyphens',
    );
  }
  return channelId;
}

/** A park's reminder channels (提醒渠道), set by its administrators. */
@ApiTags('notifications 提醒')
@ApiBearerAuth()
@Controller('api/v1/notifications/parks/:parkId/channels')
export class ChannelsController {
  constructor(
    private readonly writer: NotificationWriter,
    private readonly sealing: SecretSealing,
    @Inject(ENGINES) private readonly engines: Engines,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  private async channels(parkId: string): Promise<readonly Channel[]> {
    return (await this.engines.readModels.get<ParkChannelsView>(CHANNELS, parkId))?.channels ?? [];
  }

  @Get()
  @Roles('admin')
  @InPark({ param: 'parkId' })
  @ApiOperation({ summary: '园区提醒渠道 / The park’s reminder channels (secrets never shown)' })
  async list(@Param('parkId') parkId: string) {
    return { items: (await this.channels(parkId)).map((channel) => shown(parkId, channel)) };
  }

  @Put(':channelId')
  @Roles('admin')
  @InPark({ param: 'parkId' })
  @ApiOperation({ summary: '设置提醒渠道 / Set a channel: WeCom or DingTalk group robot, or e-mail' })
  async configure(
    @Param('parkId') parkId: string,
    @Param('channelId') channelId: string,
    @Body() body: ConfigureChannelDto,
    @Req() request: Request,
    @CurrentPrincipal() principal: Principal,
  ) {
    checkedChannelId(channelId);
    const before = (await this.channels(parkId)).find((channel) => channel.channelId === channelId);
    const secrets =
      body.kind === 'email'
        ? { recipients: body.recipients ?? [] }
        : { webhook: body.webhook ?? '', ...(body.kind === 'dingtalk' && { signingSecret: body.signingSecret ?? '' }) };
    const sealedSettings = await this.sealing.sealChannel(channelId, this.newId(), secrets);
    const shownAs = body.kind === 'email' ? `${body.recipients?.length ?? 0} 个收件地址` : new URL(body.webhook ?? '').host;
    const channel: Channel = { channelId, kind: body.kind, name: body.name, shownAs, sealedSettings };
    await this.writer.onChannels(
      parkId,
      { type: 'ConfigureChannel', data: { ...channel, parkId } },
      commandContext(request, principal, this.clock.now()),
    );
    if (before) await this.sealing.destroy(before.sealedSettings);
    return shown(parkId, channel);
  }

  @Delete(':channelId')
  @HttpCode(200)
  @Roles('admin')
  @InPark({ param: 'parkId' })
  @ApiOperation({ summary: '删除提醒渠道 / Remove a channel; its settings become unreadable' })
  async remove(
    @Param('parkId') parkId: string,
    @Param('channelId') channelId: string,
    @Req() request: Request,
    @CurrentPrincipal() principal: Principal,
  ) {
    checkedChannelId(channelId);
    const before = (await this.channels(parkId)).find((channel) => channel.channelId === channelId);
    await this.writer.onChannels(
      parkId,
      { type: 'RemoveChannel', data: { channelId } },
      commandContext(request, principal, this.clock.now()),
    );
    if (before) await this.sealing.destroy(before.sealedSettings);
    return { parkId, channelId, removed: true };
  }
}

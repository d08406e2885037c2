import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { CurrentPrincipal, InPark, Roles, type Principal } from '@ia/platform';
import { holdsItsKeys } from '@ia/lead-intake/domain';
import { LeadCommandRoute } from '../shared/docs';
import { LeadCommands, type CommandAnswer } from '../shared/lead-commands';
import { LeadParks } from '../shared/lead-parks';
import { LeadKeys } from '../shared/lead-keys';

export class StatusChangeBody {
  @ApiProperty({ description: '原因 / reason', example: '企业投资计划推迟至明年' })
  @IsString()
  @MaxLength(2000)
  @Matches(/\S/)
  reason!: string;
}

type Call = [id: string, body: StatusChangeBody, request: Request, response: Response, principal: Principal];

@ApiTags('leads 招商线索')
@ApiBearerAuth()
@Controller('api/v1/leads')
export class LeadStatusController {
  constructor(
    private readonly leads: LeadCommands,
    private readonly keys: LeadKeys,
  ) {}

  @Post(':id/hold')
  @Roles('promoter', 'admin')
  @InPark({ param: 'id' }, LeadParks)
  @LeadCommandRoute('暂缓线索 / Put the lead on hold')
  hold(
    @Param('id') id: string,
    @Body() body: StatusChangeBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommandAnswer> {
    return this.change([id, body, request, response, principal], 'PutLeadOnHold');
  }

  @Post(':id/drop')
  @Roles('promoter', 'admin')
  @InPark({ param: 'id' }, LeadParks)
  @LeadCommandRoute('放弃线索 / Drop the lead, with the reason')
  drop(
    @Param('id') id: string,
    @Body() body: StatusChangeBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommandAnswer> {
    return this.change([id, body, request, response, principal], 'DropLead');
  }

  @Post(':id/reopen')
  @Roles('promoter', 'admin')
  @InPark({ param: 'id' }, LeadParks)
  @LeadCommandRoute('重新跟进线索 / Reopen the lead; a closed lead must first win back its USCC and name')
  reopen(
    @Param('id') id: string,
    @Body() body: StatusChangeBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommandAnswer> {
    return this.change([id, body, request, response, principal], 'ReopenLead', async (lead, context) => {
      if (holdsItsKeys(lead.status)) return;
      const keys = LeadKeys.of(lead);
      await this.keys.refuseKnownDuplicates(lead.leadId, keys);
      await this.keys.claimAll(lead.leadId, keys, context);
    });
  }

  private change(
    [id, body, request, response, principal]: Call,
    type: 'PutLeadOnHold' | 'DropLead' | 'ReopenLead',
    before?: Parameters<LeadCommands['run']>[2],
  ) {
    return this.leads.run(
      { id, request, response, principal, options: { reason: body.reason } },
      () => ({ type, data: { reason: body.reason } }),
      before,
    );
  }
}

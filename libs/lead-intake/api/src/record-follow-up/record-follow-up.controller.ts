import { Body, Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, ID_GENERATOR, InPark, Roles, type IdGenerator, type Principal } from '@ia/platform';
import { LeadCommandRoute } from '../shared/docs';
import { LeadCommands, type CommandAnswer } from '../shared/lead-commands';
import { LeadParks } from '../shared/lead-parks';
import { RecordFollowUpBody } from './record-follow-up.dto';

@ApiTags('leads 招商线索')
@ApiBearerAuth()
@Controller('api/v1/leads')
export class RecordFollowUpController {
  constructor(
    private readonly leads: LeadCommands,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  @Post(':id/follow-ups')
  @Roles('promoter', 'admin')
  @InPark({ param: 'id' }, LeadParks)
  @LeadCommandRoute('记录跟进洽谈 / Record a follow-up: channel, summary, next step, when')
  record(
    @Param('id') id: string,
    @Body() body: RecordFollowUpBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommandAnswer> {
    const { occurredAt, nextStep, nextStepOn, channel, summary } = body;
    return this.leads.run({ id, request, response, principal, options: { occurredAt } }, (context) => ({
      type: 'RecordFollowUp',
      data: {
        followUpId: this.newId(),
        channel,
        summary,
        ...(nextStep !== undefined && { nextStep }),
        ...(nextStepOn !== undefined && { nextStepOn }),
        followedUpAt: context.occurredAt,
      },
    }));
  }
}

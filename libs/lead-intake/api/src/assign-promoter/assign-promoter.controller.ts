import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import type { Request, Response } from 'express';
import { CurrentPrincipal, InPark, Roles, type Principal } from '@ia/platform';
import { LeadCommandRoute } from '../shared/docs';
import { LeadCommands, type CommandAnswer } from '../shared/lead-commands';
import { LeadParks } from '../shared/lead-parks';
import { PERSON_ID } from '../shared/validators';

export class AssignPromoterBody {
  @ApiProperty({ description: '招商专员 / the promoter in charge', example: 'zhang.wei' })
  @IsString()
  @Matches(PERSON_ID)
  promoterId!: string;
}

@ApiTags('leads 招商线索')
@ApiBearerAuth()
@Controller('api/v1/leads')
export class AssignPromoterController {
  constructor(private readonly leads: LeadCommands) {}

  @Post(':id/assignment')
  @Roles('promoter', 'admin')
  @InPark({ param: 'id' }, LeadParks)
  @LeadCommandRoute('指派招商专员 / Assign the lead to a promoter')
  assign(
    @Param('id') id: string,
    @Body() body: AssignPromoterBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommandAnswer> {
    return this.leads.run({ id, request, response, principal }, () => ({ type: 'AssignPromoter', data: { promoterId: body.promoterId } }));
  }
}

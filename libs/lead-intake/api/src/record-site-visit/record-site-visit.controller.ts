import { Body, Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Matches, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { CurrentPrincipal, ID_GENERATOR, InPark, IsCalendarDate, Roles, type IdGenerator, type Principal } from '@ia/platform';
import { LeadCommandRoute } from '../shared/docs';
import { LeadCommands, type CommandAnswer } from '../shared/lead-commands';
import { LeadParks } from '../shared/lead-parks';

export class RecordSiteVisitBody {
  @ApiProperty({ description: '考察日期 / day of the visit', example: '2026-03-04' })
  @IsCalendarDate()
  visitedOn!: string;

  @ApiProperty({ description: '考察人员 / visitors', example: ['李明', '王建国'], type: [String] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  visitors!: string[];

  @ApiProperty({ description: '考察情况 / what was seen and agreed', example: '考察标准厂房及水电配套，企业对地块区位满意' })
  @IsString()
  @MaxLength(2000)
  @Matches(/\S/)
  summary!: string;
}

@ApiTags('leads 招商线索')
@ApiBearerAuth()
@Controller('api/v1/leads')
export class RecordSiteVisitController {
  constructor(
    private readonly leads: LeadCommands,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  @Post(':id/site-visits')
  @Roles('promoter', 'admin')
  @InPark({ param: 'id' }, LeadParks)
  @LeadCommandRoute('记录实地考察 / Record a site visit')
  record(
    @Param('id') id: string,
    @Body() body: RecordSiteVisitBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommandAnswer> {
    return this.leads.run({ id, request, response, principal }, () => ({
      type: 'RecordSiteVisit',
      data: { visitId: this.newId(), visitedOn: body.visitedOn, visitors: body.visitors, summary: body.summary },
    }));
  }
}

import { Body, Controller, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { InPark, CurrentPrincipal, Roles, type Principal, IsCalendarDate, ParseIdentifierPipe } from '@ia/platform';
import type { AboveScalePolicy } from '@ia/commissioning/domain';
import { ABOVE_SCALE_POLICY } from '../shared/above-scale-policy';
import { CommissioningCommands, type CommandReply } from '../shared/commissioning-commands';
import { FactBody } from '../shared/fact.dto';
import { COMMAND_REPLY_EXAMPLE, PROJECT_ID_PARAMETER } from '../shared/openapi-examples';
import { ProjectParks } from '../shared/project-parks';

export class StatisticsEntryBody extends FactBody {
  @ApiProperty({ description: '纳统日期 / the day it was entered into the statistics', example: '2026-02-28' })
  @IsCalendarDate()
  enteredOn!: string;
}

@ApiTags('commissioning 投产')
@ApiBearerAuth()
@InPark({ param: 'projectId' }, ProjectParks)
@Controller('api/v1/projects/:projectId/commissioning/statistics-entry')
export class RecordStatisticsEntryController {
  constructor(
    private readonly commands: CommissioningCommands,
    @Inject(ABOVE_SCALE_POLICY) private readonly policy: AboveScalePolicy,
  ) {}

  @Post()
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: '登记达规纳统 / Record the entry into the statistics of above-scale industry' })
  @ApiParam(PROJECT_ID_PARAMETER)
  @ApiOkResponse({ description: '已纳统 / entered', schema: { example: COMMAND_REPLY_EXAMPLE } })
  @ApiConflictResponse({ description: '如 COMMISSIONING.BELOW_THRESHOLD、COMMISSIONING.ALREADY_ENTERED' })
  enter(
    @Param('projectId', ParseIdentifierPipe) projectId: string,
    @Body() body: StatisticsEntryBody,
    @Req() request: Request,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandReply> {
    const command = {
      type: 'RecordStatisticsEntry',
      data: { enteredOn: body.enteredOn, threshold: this.policy.threshold, today: this.commands.today() },
    } as const;
    return this.commands.run(projectId, command, body, request, principal, response);
  }
}

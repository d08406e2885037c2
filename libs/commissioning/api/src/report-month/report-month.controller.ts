import { Body, Controller, Param, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { InPark, CurrentPrincipal, Roles, type Principal, ParseIdentifierPipe } from '@ia/platform';
import { CommissioningCommands, type CommandReply } from '../shared/commissioning-commands';
import { COMMAND_REPLY_EXAMPLE, PROJECT_ID_PARAMETER } from '../shared/openapi-examples';
import { ParseMonthPipe } from '../shared/validators';
import { ProjectParks } from '../shared/project-parks';
import { ReportMonthBody } from './report-month.dto';

@ApiTags('commissioning 投产')
@ApiBearerAuth()
@InPark({ param: 'projectId' }, ProjectParks)
@Controller('api/v1/projects/:projectId/commissioning/monthly-reports')
export class ReportMonthController {
  constructor(private readonly commands: CommissioningCommands) {}

  @Put(':month')
  @Roles('leader', 'admin')
  @ApiOperation({ summary: '填报月度产值、营收、税收、用工与投资；再次填报即为更正 / Report a month; reporting it again corrects it' })
  @ApiParam(PROJECT_ID_PARAMETER)
  @ApiParam({ name: 'month', description: '填报月份 / the month, YYYY-MM', example: '2026-02' })
  @ApiOkResponse({ description: '已填报 / reported', schema: { example: COMMAND_REPLY_EXAMPLE } })
  @ApiConflictResponse({ description: '如 COMMISSIONING.MONTH_IN_FUTURE、COMMISSIONING.NOT_PRODUCING' })
  report(
    @Param('projectId', ParseIdentifierPipe) projectId: string,
    @Param('month', ParseMonthPipe) month: string,
    @Body() body: ReportMonthBody,
    @Req() request: Request,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandReply> {
    const figures = {
      output: body.output,
      mainBusinessRevenue: body.mainBusinessRevenue,
      tax: body.tax,
      jobs: body.jobs,
      investmentCompleted: body.investmentCompleted,
    };
    return this.commands.run(
      projectId,
      { type: 'ReportMonth', data: { month, figures, today: this.commands.today() } },
      body,
      request,
      principal,
      response,
    );
  }
}

import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { Request, Response } from 'express';
import { InPark, CurrentPrincipal, Roles, type Principal, IsCalendarDate, ParseIdentifierPipe } from '@ia/platform';
import type { Checkpoint } from '@ia/commissioning/domain';
import { CommissioningCommands, type CommandReply } from '../shared/commissioning-commands';
import { FactBody } from '../shared/fact.dto';
import { COMMAND_REPLY_EXAMPLE, PROJECT_ID_PARAMETER } from '../shared/openapi-examples';
import { ProjectParks } from '../shared/project-parks';

const CHECKPOINTS: readonly Checkpoint[] = ['completion', 'full_capacity'];

export class CheckCommitmentsBody extends FactBody {
  @ApiProperty({ description: '核查节点：竣工对标验收或达产复核 / completion or full capacity', enum: CHECKPOINTS, example: 'completion' })
  @IsIn(CHECKPOINTS)
  checkpoint!: Checkpoint;

  @ApiProperty({ description: '核查日期 / the day of the check', example: '2026-02-27' })
  @IsCalendarDate()
  checkedOn!: string;
}

@ApiTags('commissioning 投产')
@ApiBearerAuth()
@InPark({ param: 'projectId' }, ProjectParks)
@Controller('api/v1/projects/:projectId/commissioning/commitment-checks')
export class CheckCommitmentsController {
  constructor(private readonly commands: CommissioningCommands) {}

  @Post()
  @HttpCode(200)
  @Roles('leader', 'admin')
  @ApiOperation({ summary: '核查投资、用工、亩均税收承诺 / Check investment, jobs and tax per mu against the agreement' })
  @ApiParam(PROJECT_ID_PARAMETER)
  @ApiOkResponse({ description: '已核查 / checked', schema: { example: COMMAND_REPLY_EXAMPLE } })
  @ApiConflictResponse({ description: '如 COMMISSIONING.NOT_AT_FULL_CAPACITY、COMMISSIONING.ALREADY_CHECKED' })
  check(
    @Param('projectId', ParseIdentifierPipe) projectId: string,
    @Body() body: CheckCommitmentsBody,
    @Req() request: Request,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandReply> {
    const command = {
      type: 'CheckCommitments',
      data: { checkpoint: body.checkpoint, checkedOn: body.checkedOn, today: this.commands.today() },
    } as const;
    return this.commands.run(projectId, command, body, request, principal, response);
  }
}

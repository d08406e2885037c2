import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { ProblemCommand } from '@ia/construction/domain';
import { CLOCK, CurrentPrincipal, ID_GENERATOR, InPark, Roles, type Clock, type IdGenerator, type Principal, written } from '@ia/platform';
import { ExecuteProblemCommand } from '../execution';
import { ConstructionStore } from '../parks/construction-store';
import { ProblemParks, ProjectParks } from '../parks/park-locators';
import { AssignProblemDto, NoteProgressDto, RaiseProblemDto, ResolveProblemDto } from './problems.dto';
import { siteContext } from '../site-context';

@ApiTags('problems 问题台账')
@ApiBearerAuth()
@Controller('api/v1/construction/problems')
export class ProblemsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly records: ConstructionStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  private async run(
    problemId: string,
    command: ProblemCommand,
    request: Request,
    response: Response,
    principal: Principal,
    location?: string,
  ) {
    const result = await this.commands.execute(
      new ExecuteProblemCommand(problemId, command, siteContext(request, principal, this.clock.now(), command.data)),
    );
    return written(response, problemId, result, location);
  }

  @Post()
  @Roles('leader', 'admin')
  @InPark({ body: 'projectId' }, ProjectParks)
  @ApiOperation({ summary: '登记项目建设中的问题 / Raise a problem of a project' })
  @ApiCreatedResponse({ schema: { example: { id: '01963f6e-7a1b-7c3d-8e9f-0a1b2c3d4e5f', revision: 0 } } })
  @ApiConflictResponse({ description: 'PROBLEM.PROJECT_UNKNOWN 建设服务尚不知道该项目' })
  async raise(
    @Body() body: RaiseProblemDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const problemId = this.newId();
    // From the store, as the guard checked it: the problem is raised in the park the guard let the caller act on.
    const terms = (await this.records.record(body.projectId))?.terms;
    const project = terms && { parkId: terms.parkId, projectName: terms.projectName };
    const { projectId, category, description, raisedOn } = body;
    const command: ProblemCommand = {
      type: 'RaiseProblem',
      data: { problemId, projectId, category, description, raisedOn, ...(project && { project }) },
    };
    return this.run(problemId, command, request, response, principal, `/api/v1/construction/problems/${problemId}`);
  }

  @Post(':problemId/assignment')
  @HttpCode(200)
  @Roles('leader', 'admin')
  @InPark({ param: 'problemId' }, ProblemParks)
  @ApiOperation({ summary: '交办责任单位并明确时限 / Assign a responsible unit and a due date' })
  @ApiConflictResponse({ description: 'PROBLEM.ALREADY_RESOLVED / PROBLEM.DATE_BEFORE_RAISED' })
  assign(
    @Param('problemId', ParseUUIDPipe) problemId: string,
    @Body() body: AssignProblemDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.run(
      problemId,
      { type: 'AssignProblem', data: { responsibleUnit: body.responsibleUnit, dueOn: body.dueOn } },
      request,
      response,
      principal,
    );
  }

  @Post(':problemId/progress')
  @HttpCode(200)
  @Roles('leader', 'admin')
  @InPark({ param: 'problemId' }, ProblemParks)
  @ApiOperation({ summary: '记录办理进展 / Note progress' })
  progress(
    @Param('problemId', ParseUUIDPipe) problemId: string,
    @Body() body: NoteProgressDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.run(
      problemId,
      { type: 'NoteProblemProgress', data: { notedOn: body.notedOn, note: body.note } },
      request,
      response,
      principal,
    );
  }

  @Post(':problemId/resolution')
  @HttpCode(200)
  @Roles('leader', 'admin')
  @InPark({ param: 'problemId' }, ProblemParks)
  @ApiOperation({ summary: '办结问题并附佐证 / Resolve the problem with evidence' })
  @ApiConflictResponse({ description: 'PROBLEM.NOT_ASSIGNED / PROBLEM.ALREADY_RESOLVED' })
  resolve(
    @Param('problemId', ParseUUIDPipe) problemId: string,
    @Body() body: ResolveProblemDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.run(
      problemId,
      { type: 'ResolveProblem', data: { resolvedOn: body.resolvedOn, evidence: body.evidence } },
      request,
      response,
      principal,
    );
  }
}

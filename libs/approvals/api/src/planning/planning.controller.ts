import { Body, Controller, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { itemToAdd } from '@ia/approvals/domain';
import { streamId } from '@ia/kernel';
import { CurrentPrincipal, ID_GENERATOR, InPark, Roles, type IdGenerator, type Principal, written } from '@ia/platform';
import { ExecuteApprovalItem } from '../shared/command-handlers';
import { CommandRunner } from '../shared/command-runner';
import { ParseIdPipe } from '../shared/identifiers';
import { ApiCreate, ApiItemCommand } from '../shared/openapi';
import { ItemParks, ProjectParks } from '../shared/park-locators';
import { ApprovalReadModels } from '../shared/read-models';
import { AddItemBody, WaiveItemBody } from './planning.dto';

@ApiTags('代办审批 · 项目审批计划 / the project’s plan')
@ApiBearerAuth()
@Controller('api/v1')
export class PlanningController {
  constructor(
    private readonly runner: CommandRunner,
    private readonly commands: CommandBus,
    private readonly readModels: ApprovalReadModels,
    private readonly projectParks: ProjectParks,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  @Post('projects/:projectId/approvals')
  @Roles('agent', 'admin')
  @InPark({ param: 'projectId' }, ProjectParks)
  @ApiCreate('为项目增加审批事项', 'Add a catalog item to a signed project’s plan, with the reason.', [
    'APPROVAL.ALREADY_PLANNED',
    '该项目已有此审批事项',
    'The project has energy_review already',
  ])
  async add(
    @Param('projectId', ParseIdPipe) projectId: string,
    @Body() body: AddItemBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const item = itemToAdd(await this.readModels.catalog(), projectId, await this.readModels.projectItems(projectId), body.itemCode);
    // The park the guard checked; a project whose park approvals never learnt gets an item of no known park.
    const parkId = await this.projectParks.parkOf(projectId);
    const itemId = this.newId();
    const context = this.runner.context({ request, response, principal }, { reason: body.reason });
    const data = {
      itemId,
      projectId,
      ...(typeof parkId === 'string' && { parkId }),
      item,
      origin: 'added',
      openedOn: this.runner.today(),
    } as const;
    const command = { type: 'OpenItem', data } as const;
    const result = await this.commands.execute(new ExecuteApprovalItem(itemId, command, context));
    // A retried request (same Idempotency-Key) answers with the item the first attempt opened.
    const openedId = streamId(result.streamName);
    response.setHeader('Location', `/api/v1/approvals/${openedId}`);
    return written(response, openedId, result);
  }

  @Post('approvals/:itemId/waiver')
  @HttpCode(200)
  @Roles('agent', 'admin')
  @InPark({ param: 'itemId' }, ItemParks)
  @ApiItemCommand('免办审批事项', 'Waive an item the project does not need, with the reason; a waived prerequisite no longer blocks.', [
    'APPROVAL.ITEM_CLOSED',
    '审批事项已办结',
    'The item is granted and takes no more steps',
  ])
  waive(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: WaiveItemBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.runner.onItem(
      { request, response, principal },
      itemId,
      { type: 'WaiveItem', data: { waivedOn: this.runner.today(), reason: body.reason } },
      { reason: body.reason },
    );
  }
}

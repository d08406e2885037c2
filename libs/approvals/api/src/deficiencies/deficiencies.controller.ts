import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, InPark, Roles, type Principal } from '@ia/platform';
import { CommandRunner } from '../shared/command-runner';
import { ParseIdPipe } from '../shared/identifiers';
import { ApiItemCommand } from '../shared/openapi';
import { ItemParks } from '../shared/park-locators';
import { CheckCommitmentBody, ReturnFileBody, SupplyBody, SuspendBody } from './deficiencies.dto';

@ApiTags('代办审批 · 容缺与承诺 / deficiencies and commitments')
@ApiBearerAuth()
@Controller('api/v1/approvals/:itemId')
@InPark({ param: 'itemId' }, ItemParks)
export class DeficienciesController {
  constructor(private readonly runner: CommandRunner) {}

  @Post('supplies')
  @HttpCode(200)
  @Roles('agent', 'admin')
  @ApiItemCommand(
    '补交容缺材料',
    'A deferred material arrived; within 15 working days of a missed promise it resumes a suspended item, later the file is returned.',
    ['APPROVAL.NOT_DEFERRED', '该材料不在待补容缺材料中', 'investment_agreement is not a deferred material awaiting supply'],
  )
  supply(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: SupplyBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.runner.onItem(
      { request, response, principal },
      itemId,
      { type: 'SupplyDeferredMaterial', data: { materialCode: body.materialCode, suppliedOn: body.suppliedOn } },
      { date: body.suppliedOn },
    );
  }

  @Post('suspension')
  @HttpCode(200)
  @Roles('agent', 'admin')
  @ApiItemCommand('承诺逾期中止', 'A promised date passed without the material: the item is suspended and its clock stops.', [
    'APPROVAL.NO_MISSED_PROMISE',
    '没有逾期未兑现的容缺承诺',
    'No promised date for a deferred material has passed',
  ])
  suspend(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: SuspendBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.runner.onItem(
      { request, response, principal },
      itemId,
      { type: 'SuspendForMissedPromise', data: { suspendedOn: body.suspendedOn } },
      { date: body.suspendedOn },
    );
  }

  @Post('file-return')
  @HttpCode(200)
  @Roles('agent', 'admin')
  @ApiItemCommand('逾期退件', 'Return the file of a suspended item once the 15 working days to supply have passed.', [
    'APPROVAL.SUPPLY_WINDOW_OPEN',
    '补正期限（15个工作日）尚未届满',
    'Materials may still be supplied until 2026-03-27',
  ])
  returnFile(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: ReturnFileBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.runner.onItem(
      { request, response, principal },
      itemId,
      { type: 'ReturnFile', data: { returnedOn: body.returnedOn } },
      { date: body.returnedOn },
    );
  }

  @Post('commitment-check')
  @HttpCode(200)
  @Roles('agent', 'admin')
  @ApiItemCommand(
    '承诺核查',
    'Record the later check of a commitment; a broken one carries its consequence and removes the commitment route for the project.',
    ['APPROVAL.CONSEQUENCE_REQUIRED', '承诺失信须注明处理结果', 'A broken commitment needs its consequence'],
  )
  checkCommitment(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: CheckCommitmentBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const { checkedOn, kept, finding, consequence } = body;
    return this.runner.onItem(
      { request, response, principal },
      itemId,
      { type: 'CheckCommitment', data: { checkedOn, kept, finding, ...(consequence !== undefined && { consequence }) } },
      { date: checkedOn },
    );
  }
}

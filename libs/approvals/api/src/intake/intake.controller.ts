import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApprovalErrors, applicantSubject, commitmentRouteLost, normaliseResidentId } from '@ia/approvals/domain';
import { CurrentPrincipal, InPark, PersonalDataVault, Roles, type Principal } from '@ia/platform';
import { CommandRunner } from '../shared/command-runner';
import { ParseIdPipe } from '../shared/identifiers';
import { ApiItemCommand } from '../shared/openapi';
import { ItemParks } from '../shared/park-locators';
import { ApprovalReadModels } from '../shared/read-models';
import { AcceptBody, AcceptUnderCommitmentBody, AcceptWithDeficienciesBody, AssignAgentBody, TakeInMaterialsBody } from './intake.dto';

@ApiTags('代办审批 · 收件与受理 / intake')
@ApiBearerAuth()
@Controller('api/v1/approvals/:itemId')
@InPark({ param: 'itemId' }, ItemParks)
export class IntakeController {
  constructor(
    private readonly runner: CommandRunner,
    private readonly readModels: ApprovalReadModels,
    private readonly vault: PersonalDataVault,
  ) {}

  @Post('assignment')
  @HttpCode(200)
  @Roles('agent', 'admin')
  @ApiItemCommand('指派代办员', 'Assign the agent who handles the item for the enterprise (全程代办).', [
    'APPROVAL.ITEM_CLOSED',
    '审批事项已办结',
    'The item is granted and takes no more steps',
  ])
  assign(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: AssignAgentBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.runner.onItem({ request, response, principal }, itemId, { type: 'AssignAgent', data: { agentId: body.agentId } });
  }

  @Post('intake')
  @HttpCode(200)
  @Roles('agent', 'admin')
  @ApiItemCommand(
    '一次性收件（三个一）',
    'Take in one form, one set of materials and one ID, once; the core materials must be in it. The applicant’s name and ID number are stored sealed under a key of this intake.',
    ['APPROVAL.MATERIALS_INCOMPLETE', '申请材料不齐全', 'Missing materials: project_summary'],
  )
  async takeIn(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: TakeInMaterialsBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const { receivedOn, formReference, materialCodes } = body;
    const subject = applicantSubject(itemId);
    // Erasure follows an intake and no key comes back after it: a second intake is refused as the decider would.
    if (await this.vault.isErased(subject)) throw ApprovalErrors.alreadyTakenIn();
    const applicantName = await this.vault.seal(subject, body.applicantName.trim());
    const applicantIdNumber = await this.vault.seal(subject, normaliseResidentId(body.applicantIdNumber));
    return this.runner.onItem(
      { request, response, principal },
      itemId,
      { type: 'TakeInMaterials', data: { receivedOn, formReference, applicantName, applicantIdNumber, materialCodes } },
      { date: receivedOn },
    );
  }

  @Post('acceptance')
  @HttpCode(200)
  @Roles('agent', 'admin')
  @ApiItemCommand('材料齐全受理', 'Accept a complete file; the time limit counts from this day.', [
    'APPROVAL.MATERIALS_INCOMPLETE',
    '申请材料不齐全',
    'Missing materials: investment_agreement',
  ])
  accept(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: AcceptBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.runner.onItem(
      { request, response, principal },
      itemId,
      { type: 'AcceptComplete', data: { acceptedOn: body.acceptedOn } },
      { date: body.acceptedOn },
    );
  }

  @Post('acceptance-with-deficiencies')
  @HttpCode(200)
  @Roles('agent', 'admin')
  @ApiItemCommand(
    '容缺受理',
    'Accept with missing secondary materials, each with a promised date (容缺办理); core materials cannot be deferred.',
    ['APPROVAL.CORE_MATERIAL_CANNOT_BE_DEFERRED', '核心材料不得容缺', 'Core materials cannot be deferred: project_summary'],
  )
  acceptWithDeficiencies(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: AcceptWithDeficienciesBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const deficiencies = body.deficiencies.map(({ materialCode, promisedOn }) => ({ materialCode, promisedOn }));
    return this.runner.onItem(
      { request, response, principal },
      itemId,
      { type: 'AcceptWithDeficiencies', data: { acceptedOn: body.acceptedOn, deficiencies } },
      { date: body.acceptedOn },
    );
  }

  @Post('acceptance-under-commitment')
  @HttpCode(200)
  @Roles('agent', 'admin')
  @ApiItemCommand('承诺制受理', 'Accept on the enterprise’s written promise (告知承诺制), to be checked on the given date.', [
    'APPROVAL.COMMITMENT_ROUTE_LOST',
    '因承诺失信已丧失承诺制办理资格',
    'A broken commitment on this project removed the commitment route',
  ])
  async acceptUnderCommitment(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: AcceptUnderCommitmentBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const item = await this.readModels.item(itemId);
    const routeLost = item !== undefined && commitmentRouteLost(await this.readModels.projectItems(item.state.projectId));
    const { acceptedOn, promise, checkOn } = body;
    return this.runner.onItem(
      { request, response, principal },
      itemId,
      { type: 'AcceptUnderCommitment', data: { acceptedOn, promise, checkOn, commitmentRouteLost: routeLost } },
      { date: acceptedOn },
    );
  }
}

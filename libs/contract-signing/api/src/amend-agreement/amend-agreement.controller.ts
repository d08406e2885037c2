import { Body, Controller, Inject, Param, ParseUUIDPipe, Patch, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { NegotiatedTerms } from '@ia/contract-signing/domain';
import {
  CLOCK,
  commandContext,
  CurrentPrincipal,
  EventSourcingRuntime,
  InPark,
  Roles,
  type Clock,
  type Principal,
  replyOnceVisible,
} from '@ia/platform';
import { toChoices, toCommitments } from '../shared/mapping';
import { AgreementParks } from '../shared/park-locators';
import { AmendAgreementDto } from './amend-agreement.dto';
import { AmendAgreementCommand } from './amend-agreement.handler';

@ApiTags('contract-signing 投资协议')
@ApiBearerAuth()
@Controller('api/v1/agreements')
export class AmendAgreementController {
  constructor(
    private readonly commands: CommandBus,
    private readonly runtime: EventSourcingRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Patch(':id')
  @Roles('promoter', 'admin')
  @InPark({ param: 'id' }, AgreementParks)
  @ApiOperation({ summary: '修改协议草案 / Amend a draft agreement' })
  @ApiBody({
    type: AmendAgreementDto,
    examples: { 调整固定资产投资: { value: { commitments: { ...commitmentsExample(), fixedAssetInvestment: 90_000_000 } } } },
  })
  @ApiOkResponse({ schema: { example: { id: '0190a3b2-7c41-7e21-9a55-3f0c2d9e8b10', revision: 1 } } })
  @ApiConflictResponse({ description: 'AGREEMENT.NOT_DRAFT（协议已签订，不能修改，请签补充协议）、AGREEMENT.TERMINATED 等' })
  async amend(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AmendAgreementDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const changes: Partial<NegotiatedTerms> = {
      ...(body.projectName !== undefined && { projectName: body.projectName }),
      ...(body.parties !== undefined && {
        parties: { parkSignatory: body.parties.parkSignatory, enterpriseSignatory: body.parties.enterpriseSignatory },
      }),
      ...(body.commitments !== undefined && { commitments: toCommitments(body.commitments) }),
      ...(body.incentives !== undefined && { incentives: toChoices(body.incentives) }),
      ...(body.approvalPackage !== undefined && { approvalPackage: body.approvalPackage }),
    };
    const result = await this.commands.execute(
      new AmendAgreementCommand(id, changes, commandContext(request, principal, this.clock.now())),
    );
    return replyOnceVisible(this.runtime, response, result, { id });
  }
}

function commitmentsExample() {
  return {
    totalInvestment: 120_000_000,
    landAreaSquareMetres: 33_333.33,
    daysFromDeliveryToStart: 30,
    monthsToProduction: 18,
    jobs: 200,
    taxPerMu: 150_000,
  };
}

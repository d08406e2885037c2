import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  CLOCK,
  commandContext,
  CurrentPrincipal,
  EventSourcingRuntime,
  ID_GENERATOR,
  InPark,
  Roles,
  type Clock,
  type IdGenerator,
  type Principal,
  businessDateOf,
  occurredAtOf,
  replyOnceVisible,
} from '@ia/platform';
import { AgreementParks } from '../shared/park-locators';
import { SignAgreementDto } from './sign-agreement.dto';
import { SignAgreementCommand } from './sign-agreement.handler';

@ApiTags('contract-signing 投资协议')
@ApiBearerAuth()
@Controller('api/v1/agreements')
export class SignAgreementController {
  constructor(
    private readonly commands: CommandBus,
    private readonly runtime: EventSourcingRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  @Post(':id/sign')
  @HttpCode(200)
  @Roles('promoter', 'admin')
  @InPark({ param: 'id' }, AgreementParks)
  @ApiOperation({ summary: '签订投资协议并建立项目（签约即注册）/ Sign: creates the project, registration due the same day' })
  @ApiBody({ type: SignAgreementDto, examples: { 签约: { value: { signedOn: '2026-03-02', approvalPackage: 'industrial-project' } } } })
  @ApiOkResponse({
    schema: { example: { id: '0190a3b2-7c41-7e21-9a55-3f0c2d9e8b10', projectId: '0190a3b2-9d00-7f3e-8c11-2b7a6e5d4c3f', revision: 1 } },
  })
  @ApiConflictResponse({
    description:
      'AGREEMENT.ALREADY_SIGNED_FOR_LEAD（该线索已签约）、AGREEMENT.ALREADY_SIGNED_FOR_ENTERPRISE、AGREEMENT.NOT_DRAFT、AGREEMENT.DATE_IN_FUTURE 等',
  })
  async sign(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SignAgreementDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const now = this.clock.now();
    const signing = {
      projectId: this.newId(),
      signedOn: body.signedOn,
      today: businessDateOf(now),
      ...(body.approvalPackage !== undefined && { approvalPackage: body.approvalPackage }),
    };
    const result = await this.commands.execute(
      new SignAgreementCommand(id, signing, commandContext(request, principal, now, { occurredAt: occurredAtOf(body.signedOn, now) })),
    );
    // A replayed request generated a new project id; the project is the one recorded the first time.
    const [last] = await this.runtime.engines.store.readStream(result.streamName, { fromRevision: result.revision, maxCount: 1 });
    const projectId = last?.metadata.projectId ?? signing.projectId;
    return replyOnceVisible(this.runtime, response, result, { id, projectId });
  }
}

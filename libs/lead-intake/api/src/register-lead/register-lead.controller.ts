import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { streamId } from '@ia/kernel';
import {
  CLOCK,
  CurrentPrincipal,
  EventSourcingRuntime,
  ID_GENERATOR,
  InPark,
  PersonalDataVault,
  Roles,
  commandContext,
  type Clock,
  type IdGenerator,
  type Principal,
  replyOnceVisible,
} from '@ia/platform';
import { contactSubject, type LeadProfile } from '@ia/lead-intake/domain';
import type { CommandAnswer } from '../shared/lead-commands';
import { COMMAND_ANSWER_EXAMPLE, DUPLICATE_EXAMPLE } from '../shared/openapi-examples';
import { RegisterLeadBody } from './register-lead.dto';
import { RegisterLeadCommand } from './register-lead.command';

@ApiTags('leads 招商线索')
@ApiBearerAuth()
@Controller('api/v1/leads')
export class RegisterLeadController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly runtime: EventSourcingRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
    private readonly vault: PersonalDataVault,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('promoter', 'admin')
  @InPark({ body: 'parkId' })
  @ApiOperation({ summary: '登记招商线索 / Register a lead; refused when the same enterprise is already an open or signed lead' })
  @ApiCreatedResponse({ description: '已登记 / registered', schema: { example: COMMAND_ANSWER_EXAMPLE } })
  @ApiConflictResponse({
    description: 'LEAD.DUPLICATE_USCC 或 LEAD.DUPLICATE_NAME，附已有线索编号',
    schema: { example: DUPLICATE_EXAMPLE },
  })
  async register(
    @Body() body: RegisterLeadBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommandAnswer> {
    const { parkId, promoterId, occurredAt, ...fields } = body;
    const context = commandContext(request, principal, this.clock.now(), { occurredAt });
    const leadId = this.newId();
    // The contact is stored only sealed under the lead's own key, so an erasure can destroy it for good.
    const subject = contactSubject(leadId);
    const contact = {
      contactPerson: await this.vault.seal(subject, fields.contactPerson),
      contactPhone: await this.vault.seal(subject, fields.contactPhone),
    };
    const command = new RegisterLeadCommand(
      {
        type: 'RegisterLead',
        data: {
          leadId,
          parkId,
          profile: profileOf({ ...fields, ...contact }),
          registeredAt: context.occurredAt,
          ...(promoterId !== undefined && { promoterId }),
        },
      },
      context,
    );
    const result = await this.commandBus.execute(command);
    const id = streamId(result.streamName);
    response.setHeader('Location', `/api/v1/leads/${id}`);
    return replyOnceVisible(this.runtime, response, result, { id: id });
  }
}

function profileOf(body: Omit<RegisterLeadBody, 'parkId' | 'promoterId' | 'occurredAt'>): LeadProfile {
  const { industrySection, industryDivision, uscc, sourceName, product, notes, ...figures } = body;
  return {
    ...figures,
    industry: { section: industrySection, ...(industryDivision !== undefined && { division: industryDivision }) },
    ...(uscc !== undefined && { uscc }),
    ...(sourceName !== undefined && { sourceName: sourceName.trim() }),
    ...(product !== undefined && { product }),
    ...(notes !== undefined && { notes }),
  };
}

import { Body, Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { fold } from '@ia/kernel';
import { CurrentPrincipal, EventSourcingRuntime, ID_GENERATOR, InPark, Roles, type IdGenerator, type Principal } from '@ia/platform';
import {
  PARK_POLICY_CATEGORY,
  SCREENING_DECISIONS,
  businessDateOf,
  parkPolicyAggregate,
  parkPolicySnapshot,
  type ParkPolicyEvent,
  type ParkPolicySnapshot,
  type ScreeningDecision,
} from '@ia/lead-intake/domain';
import { LeadCommandRoute } from '../shared/docs';
import { LeadCommands, type CommandAnswer } from '../shared/lead-commands';
import { LeadParks } from '../shared/lead-parks';
import { INSTANT } from '../shared/validators';

export class ScreenLeadBody {
  @ApiProperty({ description: '筛选结论：通过 / 不通过 / 暂缓 — the person’s decision', enum: SCREENING_DECISIONS, example: 'qualify' })
  @IsIn(SCREENING_DECISIONS)
  decision!: ScreeningDecision;

  @ApiProperty({ description: '理由 / reason', example: '属于园区主导产业，投资强度和亩均税收均达标' })
  @IsString()
  @MaxLength(2000)
  @Matches(/\S/)
  reason!: string;

  @ApiPropertyOptional({
    description: '筛选决定的时间（UTC），补录时填写 / when the decision was taken, if earlier than now; judged by the policy in force then',
    example: '2026-03-04T06:30:00Z',
  })
  @IsOptional()
  @IsString()
  @Matches(INSTANT)
  occurredAt?: string;
}

@ApiTags('leads 招商线索')
@ApiBearerAuth()
@Controller('api/v1/leads')
export class ScreenLeadController {
  constructor(
    private readonly leads: LeadCommands,
    private readonly runtime: EventSourcingRuntime,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  @Post(':id/screenings')
  @Roles('promoter', 'admin')
  @InPark({ param: 'id' }, LeadParks)
  @LeadCommandRoute('按园区政策筛选线索 / Screen against the park policy: every rule’s result, the decision and its reason')
  screen(
    @Param('id') id: string,
    @Body() body: ScreenLeadBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommandAnswer> {
    const options = { reason: body.reason, occurredAt: body.occurredAt };
    return this.leads.run({ id, request, response, principal, options }, async (context, lead) => {
      const policy = await this.policyOf(lead.parkId, context.occurredAt);
      return {
        type: 'ScreenLead',
        data: {
          screeningId: this.newId(),
          ...(policy !== undefined && { policy }),
          decision: body.decision,
          reason: body.reason,
          screenedAt: context.occurredAt,
          screenedOn: businessDateOf(context.occurredAt),
        },
      };
    });
  }

  /**
   * From the store, not the read model: a decision is judged against the policy as it really stood when
   * it was taken, so a screening recorded late is not judged by rules set after it.
   */
  private async policyOf(parkId: string, decidedAt: string): Promise<ParkPolicySnapshot | undefined> {
    const events = await this.runtime.engines.store.readStream(`${PARK_POLICY_CATEGORY}-${parkId}`);
    const inForce = events.filter((event) => Date.parse(event.metadata.occurredAt) <= Date.parse(decidedAt));
    return parkPolicySnapshot(
      fold(
        parkPolicyAggregate.decider,
        inForce.map((event) => ({ type: event.type, data: event.data }) as ParkPolicyEvent),
      ),
    );
  }
}

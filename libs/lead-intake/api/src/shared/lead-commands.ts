import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Request, Response } from 'express';
import type { CommandContext } from '@ia/kernel';
import {
  CLOCK,
  EventSourcingRuntime,
  UUID_PATTERN,
  commandContext,
  replyOnceVisible,
  type Clock,
  type CommandOptions,
  type Principal,
  type Written,
} from '@ia/platform';
import { LeadErrors, type LeadCommand, type RegisteredLead } from '@ia/lead-intake/domain';
import { ExecuteLeadCommand } from './aggregate-commands';
import { LeadStore } from './lead-store';

/** The id and the revision (also the ETag), so the next command can send If-Match. */
export type CommandAnswer = Written;

export interface LeadRequest {
  readonly id: string;
  readonly request: Request;
  readonly response: Response;
  readonly principal: Principal;
  readonly options?: CommandOptions;
}

/** The steps every command on an existing lead takes at the edge; controllers only say which command. */
@Injectable()
export class LeadCommands {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly runtime: EventSourcingRuntime,
    private readonly leads: LeadStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run(
    { id, request, response, principal, options }: LeadRequest,
    build: (context: CommandContext, lead: RegisteredLead) => LeadCommand | Promise<LeadCommand>,
    before?: (lead: RegisteredLead, context: CommandContext) => Promise<void>,
  ): Promise<CommandAnswer> {
    if (!UUID_PATTERN.test(id)) throw LeadErrors.notFound();
    const context = commandContext(request, principal, this.clock.now(), options);
    const lead = await this.leads.registered(id);
    await before?.(lead, context);
    const result = await this.commandBus.execute(new ExecuteLeadCommand(id, await build(context, lead), context));
    return replyOnceVisible(this.runtime, response, result, { id });
  }
}

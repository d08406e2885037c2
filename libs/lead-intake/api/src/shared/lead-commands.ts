import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Request, Response } from 'express';
import type { CommandContext, CommandResult } from '@ia/kernel';
import { CLOCK, EventSourcingRuntime, UUID_PATTERN, commandContext, type Clock, type CommandOptions, type Principal } from '@ia/platform';
import { LeadErrors, type LeadCommand, type RegisteredLead } from '@ia/lead-intake/domain';
import { ExecuteLeadCommand } from './aggregate-commands';
import { LeadStore } from './lead-store';

export interface CommandAnswer {
  readonly id: string;
  readonly revision: number;
}

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
    return answer(this.runtime, response, id, result);
  }
}

/** Read-your-writes, then the revision as body and ETag, so the next command can send If-Match. */
export async function answer(runtime: EventSourcingRuntime, response: Response, id: string, result: CommandResult): Promise<CommandAnswer> {
  await runtime.readModelsAt(result.lastPosition);
  response.setHeader('ETag', `"${result.revision}"`);
  return { id, revision: result.revision };
}

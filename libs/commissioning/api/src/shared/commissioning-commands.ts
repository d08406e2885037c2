import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Request, Response } from 'express';
import { CLOCK, commandContext, EventSourcingRuntime, type Clock, type Principal } from '@ia/platform';
import type { CommissioningCommand } from '@ia/commissioning/domain';
import { ExecuteCommissioningCommand } from './execute-commissioning';
import type { FactBody } from './fact.dto';

const CHINA_STANDARD_TIME_OFFSET = 8 * 60 * 60 * 1000;

export interface CommandReply {
  readonly id: string;
  readonly revision: number;
}

/** The one path from a controller to the kernel: context from the request, read-your-writes, ETag. */
@Injectable()
export class CommissioningCommands {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly runtime: EventSourcingRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Today's business date in China Standard Time, which has no daylight saving. */
  today(): string {
    return new Date(this.clock.now().getTime() + CHINA_STANDARD_TIME_OFFSET).toISOString().slice(0, 10);
  }

  async run(
    projectId: string,
    command: CommissioningCommand,
    body: FactBody,
    request: Request,
    principal: Principal,
    response: Response,
  ): Promise<CommandReply> {
    const context = commandContext(request, principal, this.clock.now(), { occurredAt: body.occurredAt, reason: body.reason });
    const result = await this.commandBus.execute(new ExecuteCommissioningCommand(projectId, command, context));
    await this.runtime.readModelsAt(result.lastPosition);
    response.setHeader('ETag', `"${result.revision}"`);
    return { id: projectId, revision: result.revision };
  }
}

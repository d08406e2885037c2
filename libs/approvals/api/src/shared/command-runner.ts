import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Request, Response } from 'express';
import type { ApprovalItemCommand } from '@ia/approvals/domain';
import {
  CLOCK,
  ProblemError,
  commandContext,
  type Clock,
  type Principal,
  businessDateOf,
  occurredAtOf,
  written,
  type Written,
} from '@ia/platform';
import { ExecuteApprovalItem } from './command-handlers';

export interface HttpCall {
  readonly request: Request;
  readonly response: Response;
  readonly principal: Principal;
}

/** The edge's part of every write: context from the request, business time from the fact's date, ETag on the way out. */
@Injectable()
export class CommandRunner {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  today(): string {
    return businessDateOf(this.clock.now());
  }

  context(call: HttpCall, options: { readonly date?: string; readonly reason?: string } = {}) {
    const now = this.clock.now();
    // Agents record what the authority and the enterprise already did: a date after today cannot have happened.
    if (options.date !== undefined && options.date > businessDateOf(now)) {
      throw new ProblemError(400, 'REQUEST.OCCURRED_IN_FUTURE', '业务日期不能晚于今天', `${options.date} is after today`);
    }
    return commandContext(call.request, call.principal, now, {
      occurredAt: occurredAtOf(options.date ?? businessDateOf(now), now),
      reason: options.reason,
    });
  }

  async onItem(
    call: HttpCall,
    itemId: string,
    command: ApprovalItemCommand,
    options: { readonly date?: string; readonly reason?: string } = {},
  ): Promise<Written> {
    const result = await this.commands.execute(new ExecuteApprovalItem(itemId, command, this.context(call, options)));
    return written(call.response, itemId, result);
  }
}

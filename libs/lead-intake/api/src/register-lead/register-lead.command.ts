import { CommandHandler, Command, CommandBus, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@ia/kernel';
import { EventSourcingRuntime } from '@ia/platform';
import { normaliseCompanyName, normaliseUscc } from '@ia/reference';
import type { RegisterLead } from '@ia/lead-intake/domain';
import { ExecuteLeadCommand } from '../shared/aggregate-commands';
import { LeadKeys } from '../shared/lead-keys';

export class RegisterLeadCommand extends Command<CommandResult> {
  constructor(
    readonly command: RegisterLead,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Claims the lead's USCC and name, then registers it; a failed registration gives the keys back. */
@CommandHandler(RegisterLeadCommand)
export class RegisterLeadHandler implements ICommandHandler<RegisterLeadCommand> {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly runtime: EventSourcingRuntime,
    private readonly keys: LeadKeys,
  ) {}

  async execute({ command, context }: RegisterLeadCommand): Promise<CommandResult> {
    const { leadId, profile } = command.data;
    const register = () => this.commandBus.execute(new ExecuteLeadCommand(leadId, command, context));
    // A retry under the same Idempotency-Key replays the first outcome and must not claim again under a new id.
    if (context.idempotencyKey !== undefined && (await this.runtime.engines.idempotency.find(context.idempotencyKey))) return register();
    const keys = LeadKeys.of({
      ...(profile.uscc !== undefined && { uscc: normaliseUscc(profile.uscc) }),
      normalisedName: normaliseCompanyName(profile.companyName),
    });
    await this.keys.refuseKnownDuplicates(leadId, keys);
    await this.keys.claimAll(leadId, keys, context);
    try {
      return await register();
    } catch (error) {
      await this.keys.releaseAll(leadId, keys, context);
      throw error;
    }
  }
}

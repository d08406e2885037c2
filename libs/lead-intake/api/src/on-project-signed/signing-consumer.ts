import type { CommandBus } from '@nestjs/cqrs';
import { ProjectSignedV1, defineConsumer, on } from '@ia/contracts';
import type { Consumer } from '@ia/kernel';
import { reactionContext } from '@ia/platform';
import { onProjectSigned } from '@ia/lead-intake/domain';
import { ExecuteLeadCommand } from '../shared/aggregate-commands';

export const SIGNING_CONSUMER = 'lead-intake.signing';

/** Signing is recorded on the lead; a redelivered message returns the first outcome through its idempotency key. */
export function signingConsumer(commandBus: CommandBus): Consumer {
  return defineConsumer(SIGNING_CONSUMER, [
    on(ProjectSignedV1, async (data, message) => {
      const { leadId, command } = onProjectSigned(data);
      await commandBus.execute(new ExecuteLeadCommand(leadId, command, reactionContext(SIGNING_CONSUMER, message)));
    }),
  ]);
}

import type { CommandBus } from '@nestjs/cqrs';
import type { Consumer } from '@ia/kernel';
import { defineConsumer, LeadDisqualifiedV1, LeadQualifiedV1, on } from '@ia/contracts';
import { reactionContext } from '@ia/platform';
import { whenLeadDisqualified, whenLeadQualified } from '@ia/contract-signing/domain';
import { ExecuteLeadQualificationCommand } from '../shared/execute';

export const LEADS_CONSUMER = 'contract-signing.leads';

/** Lead intake's word on which leads are qualified, recorded here so that drafting can rely on it. */
export function leadsConsumer(commands: CommandBus): Consumer {
  return defineConsumer(LEADS_CONSUMER, [
    on(LeadQualifiedV1, async (data, message) => {
      await commands.execute(
        new ExecuteLeadQualificationCommand(data.leadId, whenLeadQualified(data), reactionContext(LEADS_CONSUMER, message)),
      );
    }),
    on(LeadDisqualifiedV1, async (data, message) => {
      await commands.execute(
        new ExecuteLeadQualificationCommand(data.leadId, whenLeadDisqualified(data), reactionContext(LEADS_CONSUMER, message)),
      );
    }),
  ]);
}

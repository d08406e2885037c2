import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { holdsItem, planOnSigning } from '@ia/approvals/domain';
import { defineConsumer, on, ProjectSignedV1 } from '@ia/contracts';
import type { Consumer, IntegrationMessage } from '@ia/kernel';
import { ID_GENERATOR, reactionContext, type IdGenerator } from '@ia/platform';
import { ExecuteApprovalItem } from '../shared/command-handlers';
import { ApprovalReadModels } from '../shared/read-models';

export const SIGNING_CONSUMER = 'approvals.signing';

/**
 * 签约即注册: a signing opens the registration items, due that day, and the package's items. One message
 * opens several streams, so each item's idempotency key adds its code to the message's: a redelivery after
 * a crash halfway opens only what is missing. An item the project has open already is left alone.
 */
@Injectable()
export class SigningReaction {
  constructor(
    private readonly commands: CommandBus,
    private readonly readModels: ApprovalReadModels,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  consumer(): Consumer {
    return defineConsumer(SIGNING_CONSUMER, [on(ProjectSignedV1, (signed, message) => this.openPlan(signed, message))]);
  }

  private async openPlan(signed: ProjectSignedV1, message: IntegrationMessage): Promise<void> {
    const plan = planOnSigning(signed, await this.readModels.catalog());
    const existing = await this.readModels.projectItems(signed.projectId);
    const reaction = reactionContext(SIGNING_CONSUMER, message);
    for (const { item, dueOn } of plan.items) {
      if (holdsItem(existing, item.code)) continue;
      const itemId = this.newId();
      const data = {
        itemId,
        projectId: signed.projectId,
        parkId: plan.parkId,
        item,
        origin: 'signing' as const,
        openedOn: signed.signedOn,
        ...(dueOn !== undefined && { dueOn }),
        ...(plan.packageCode !== undefined && { packageCode: plan.packageCode }),
      };
      const context = {
        ...reaction,
        idempotencyKey: `${reaction.idempotencyKey ?? SIGNING_CONSUMER}:${item.code}`,
        requestHash: `${message.eventId}:${item.code}`,
      };
      await this.commands.execute(new ExecuteApprovalItem(itemId, { type: 'OpenItem', data }, context));
    }
  }
}

import { ApprovalItemGrantedV1, LandDeliveredV1, ProjectSignedV1, defineConsumer, on } from '@ia/contracts';
import { onApprovalItemGranted, onLandDelivered, onProjectSigned, type ConstructionCommand } from '@ia/construction/domain';
import type { CommandResult, IntegrationMessage } from '@ia/kernel';

export type RunConstructionCommand = (
  command: ConstructionCommand,
  message: IntegrationMessage,
  consumer: string,
) => Promise<CommandResult>;

export const LAND_CONSUMER = 'construction.land';
export const APPROVALS_CONSUMER = 'construction.approvals';
export const SIGNING_CONSUMER = 'construction.signing';

/** Each fact is kept whenever it arrives: order across topics is not guaranteed. */
export function constructionConsumers(run: RunConstructionCommand) {
  return [
    defineConsumer(LAND_CONSUMER, [
      on(LandDeliveredV1, async (data, message) => void (await run(onLandDelivered(data), message, LAND_CONSUMER))),
    ]),
    defineConsumer(APPROVALS_CONSUMER, [
      on(ApprovalItemGrantedV1, async (data, message) => {
        const command = onApprovalItemGranted(data);
        if (command) await run(command, message, APPROVALS_CONSUMER);
      }),
    ]),
    defineConsumer(SIGNING_CONSUMER, [
      on(ProjectSignedV1, async (data, message) => void (await run(onProjectSigned(data), message, SIGNING_CONSUMER))),
    ]),
  ];
}

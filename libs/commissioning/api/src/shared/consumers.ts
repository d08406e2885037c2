import { AgreementSupplementedV1, ConstructionCompletedV1, defineConsumer, on, ProjectSignedV1 } from '@ia/contracts';
import type { CommandHandler, Consumer, IntegrationMessage } from '@ia/kernel';
import { reactionContext } from '@ia/platform';
import {
  commissioningStream,
  whenAgreementSupplemented,
  whenConstructionCompleted,
  whenProjectSigned,
  type CommissioningCommand,
  type ReactionCommand,
} from '@ia/commissioning/domain';

export const CONSTRUCTION_CONSUMER = 'commissioning.construction';
export const SIGNING_CONSUMER = 'commissioning.signing';

/** Completion opens commissioning; signing and its supplements bring the commitments, in whichever order they arrive. */
export function commissioningConsumers(handle: CommandHandler<CommissioningCommand>): Consumer[] {
  const react = (consumer: string) => async (command: ReactionCommand, message: IntegrationMessage) => {
    await handle(commissioningStream(command.data.projectId), command, reactionContext(consumer, message));
  };
  const construction = react(CONSTRUCTION_CONSUMER);
  const signing = react(SIGNING_CONSUMER);
  return [
    defineConsumer(CONSTRUCTION_CONSUMER, [
      on(ConstructionCompletedV1, (data, message) => construction(whenConstructionCompleted(data), message)),
    ]),
    defineConsumer(SIGNING_CONSUMER, [
      on(ProjectSignedV1, (data, message) => signing(whenProjectSigned(data), message)),
      on(AgreementSupplementedV1, (data, message) => signing(whenAgreementSupplemented(data), message)),
    ]),
  ];
}

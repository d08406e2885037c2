import { AgreementSupplementedV1, ApprovalItemGrantedV1, ProjectSignedV1, defineConsumer, on } from '@ia/contracts';
import type { CommandResult, IntegrationMessage } from '@ia/kernel';
import { onAgreementSupplemented, onApprovalItemGranted, onProjectSigned, type LandProjectCommand } from '@ia/land-delivery/domain';

export type RunLandProjectCommand = (
  projectId: string,
  command: LandProjectCommand,
  message: IntegrationMessage,
  consumer: string,
) => Promise<CommandResult>;

export const SIGNING_CONSUMER = 'land-delivery.signing';
export const APPROVALS_CONSUMER = 'land-delivery.approvals';

/** Agreements and supplements from contract signing become the local terms allocation checks. */
export function signingConsumer(run: RunLandProjectCommand) {
  return defineConsumer(SIGNING_CONSUMER, [
    on(ProjectSignedV1, async (data, message) => void (await run(data.projectId, onProjectSigned(data), message, SIGNING_CONSUMER))),
    on(
      AgreementSupplementedV1,
      async (data, message) => void (await run(data.projectId, onAgreementSupplemented(data), message, SIGNING_CONSUMER)),
    ),
  ]);
}

/** The title certificate granted through approvals decides 地证同交. */
export function approvalsConsumer(run: RunLandProjectCommand) {
  return defineConsumer(APPROVALS_CONSUMER, [
    on(ApprovalItemGrantedV1, async (data, message) => {
      const command = onApprovalItemGranted(data);
      if (command) await run(data.projectId, command, message, APPROVALS_CONSUMER);
    }),
  ]);
}

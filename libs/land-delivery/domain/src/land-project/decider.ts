import { assertNever, canonicalJson, type Aggregate, type Decider } from '@ia/kernel';
import { landErrors } from '../errors';
import type { AgreementRecord, LandProjectCommand, TitleCertificate } from './commands';
import type { LandProjectEvent } from './events';

export interface LandProjectState {
  readonly agreement?: AgreementRecord;
  readonly titleCertificate?: TitleCertificate;
}

export const landProjectDecider: Decider<LandProjectCommand, LandProjectEvent, LandProjectState> = {
  initialState: {},
  decide(command, state) {
    switch (command.type) {
      case 'RecordAgreement':
        // A supplementary agreement changes the commitments; the same agreement again changes nothing.
        if (state.agreement && canonicalJson(state.agreement) === canonicalJson(command.data)) return [];
        return [{ type: 'AgreementRecorded', data: command.data }];
      case 'ReviseCommitments': {
        // Messages of one project arrive in order on their topic, so a supplement never precedes its signing.
        if (!state.agreement || canonicalJson(state.agreement.commitments) === canonicalJson(command.data.commitments)) return [];
        return [{ type: 'AgreementRecorded', data: { ...state.agreement, commitments: command.data.commitments } }];
      }
      case 'RecordTitleCertificate': {
        const known = state.titleCertificate;
        if (known?.grantedOn === command.data.grantedOn) return [];
        if (known) throw landErrors.certificateConflict(known.grantedOn);
        return [{ type: 'TitleCertificateRecorded', data: command.data }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'AgreementRecorded':
        return { ...state, agreement: event.data };
      case 'TitleCertificateRecorded':
        return { ...state, titleCertificate: event.data };
      default:
        return assertNever(event);
    }
  },
};

/** The project's park, known from its agreement: `undefined` when land delivery has no record of the project, `null` when it has one without a park. */
export function parkOfLandProject(state: LandProjectState): string | null | undefined {
  if (state.agreement === undefined && state.titleCertificate === undefined) return undefined;
  return state.agreement?.parkId ?? null;
}

export const landProjectAggregate: Aggregate<LandProjectCommand, LandProjectEvent, LandProjectState> = {
  decider: landProjectDecider,
  correlate: (_state, event) => ({ projectId: event.data.projectId }),
};

export const landProjectStream = (projectId: string) => `landproject-${projectId}`;

import { assertNever } from '@ia/kernel';
import type { AgreementEvent, AgreementTerms, Enterprise } from './events';

export const AGREEMENT_STATUSES = ['draft', 'signed', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export interface Supplement {
  readonly supplementId: string;
  readonly signedOn: string;
  readonly summary: string;
  readonly countedIncrement: number;
}

export interface Agreement extends AgreementTerms {
  readonly status: AgreementStatus;
  readonly agreementId: string;
  readonly leadId: string;
  readonly parkId: string;
  readonly enterprise: Enterprise;
  readonly signing?: { readonly projectId: string; readonly signedOn: string; readonly registrationDueOn: string };
  /** The first signing's total investment plus every increment since: what the park may count. */
  readonly countedInvestment: number;
  readonly supplements: readonly Supplement[];
  readonly termination?: { readonly terminatedOn: string; readonly reason: string };
}

export type AgreementState = { readonly status: 'none' } | Agreement;

export const initialAgreementState: AgreementState = { status: 'none' };

export function evolveAgreement(state: AgreementState, event: AgreementEvent): AgreementState {
  if (event.type === 'AgreementDrafted') return { ...event.data, status: 'draft', countedInvestment: 0, supplements: [] };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'AgreementAmended':
      return { ...withoutApprovalPackage(state), ...event.data };
    case 'AgreementSigned': {
      const { projectId, signedOn, registrationDueOn, approvalPackage, countedInvestment } = event.data;
      return {
        ...state,
        status: 'signed',
        signing: { projectId, signedOn, registrationDueOn },
        countedInvestment,
        ...(approvalPackage !== undefined && { approvalPackage }),
      };
    }
    case 'AgreementSupplemented': {
      const { supplementId, signedOn, summary, countedIncrement, commitments, incentives } = event.data;
      return {
        ...state,
        commitments,
        incentives,
        countedInvestment: state.countedInvestment + countedIncrement,
        supplements: [...state.supplements, { supplementId, signedOn, summary, countedIncrement }],
      };
    }
    case 'AgreementTerminated':
      return { ...state, status: 'terminated', termination: { terminatedOn: event.data.terminatedOn, reason: event.data.reason } };
    default:
      return assertNever(event);
  }
}

/** An amendment states the whole negotiated terms, so a package it leaves out is no longer chosen. */
function withoutApprovalPackage(agreement: Agreement): Agreement {
  const { approvalPackage: _dropped, ...rest } = agreement;
  return rest;
}

import { assertNever, canonicalJson, type Aggregate, type Decider } from '@ia/kernel';
import type { Commitments } from '@ia/contracts';
import { agreementErrors } from '../errors';
import { choicesOf, grantIncentives, refigureIncentives } from '../incentives/grant';
import type { IncentiveTerms } from '../incentives/terms';
import type { AgreementCommand, NegotiatedTerms } from './commands';
import type { AgreementEvent, AgreementTerms } from './events';
import { evolveAgreement, initialAgreementState, type Agreement, type AgreementState } from './state';

type Command<Type extends AgreementCommand['type']> = Extract<AgreementCommand, { type: Type }>;

export const agreementDecider: Decider<AgreementCommand, AgreementEvent, AgreementState> = {
  initialState: initialAgreementState,
  decide(command, state) {
    if (command.type === 'DraftAgreement') return draft(command, state);
    if (state.status === 'none') throw agreementErrors.notFound();
    if (state.status === 'terminated') throw agreementErrors.terminated();
    switch (command.type) {
      case 'AmendAgreement':
        return amend(command, state);
      case 'SignAgreement':
        return sign(command, state);
      case 'SupplementAgreement':
        return supplement(command, state);
      case 'TerminateAgreement':
        return terminate(command, state);
      default:
        return assertNever(command);
    }
  },
  evolve: evolveAgreement,
};

function draft({ data }: Command<'DraftAgreement'>, state: AgreementState): AgreementEvent[] {
  if (state.status !== 'none') throw agreementErrors.alreadyExists(data.agreementId);
  const { lead } = data;
  if (lead === undefined) throw agreementErrors.leadNotQualified(data.leadId);
  if (data.signedAgreementForLead !== undefined) throw agreementErrors.alreadySignedForLead(data.leadId, data.signedAgreementForLead);
  const terms = termsOf(data, data.catalog);
  const enterprise = {
    name: lead.companyName,
    ...(lead.uscc !== undefined && { uscc: lead.uscc }),
    industrySection: lead.industry.section,
    ...(lead.industry.division !== undefined && { industryDivision: lead.industry.division }),
  };
  return [
    { type: 'AgreementDrafted', data: { agreementId: data.agreementId, leadId: lead.leadId, parkId: lead.parkId, enterprise, ...terms } },
  ];
}

function amend({ data }: Command<'AmendAgreement'>, agreement: Agreement): AgreementEvent[] {
  if (agreement.status !== 'draft') throw agreementErrors.notDraft(agreement.status);
  const { catalog, ...changes } = data;
  const current: NegotiatedTerms = { ...agreement, incentives: choicesOf(agreement.incentives) };
  const amended = termsOf({ ...current, ...changes }, catalog);
  return sameTerms(amended, agreement) ? [] : [{ type: 'AgreementAmended', data: amended }];
}

function sign({ data }: Command<'SignAgreement'>, agreement: Agreement): AgreementEvent[] {
  if (agreement.status !== 'draft') throw agreementErrors.notDraft(agreement.status);
  if (!data.leadQualified) throw agreementErrors.leadNotQualified(agreement.leadId);
  if (data.signedOn > data.today) throw agreementErrors.dateInFuture(data.signedOn, data.today);
  const approvalPackage = data.approvalPackage ?? agreement.approvalPackage;
  return [
    {
      type: 'AgreementSigned',
      data: {
        agreementId: agreement.agreementId,
        projectId: data.projectId,
        leadId: agreement.leadId,
        parkId: agreement.parkId,
        projectName: agreement.projectName,
        enterprise: agreement.enterprise,
        commitments: agreement.commitments,
        signedOn: data.signedOn,
        registrationDueOn: data.signedOn,
        ...(approvalPackage !== undefined && { approvalPackage }),
        countedInvestment: agreement.commitments.totalInvestment,
      },
    },
  ];
}

function supplement({ data }: Command<'SupplementAgreement'>, agreement: Agreement): AgreementEvent[] {
  if (!agreement.signing) throw agreementErrors.notSigned(agreement.status);
  if (data.signedOn > data.today) throw agreementErrors.dateInFuture(data.signedOn, data.today);
  if (data.signedOn < agreement.signing.signedOn) throw agreementErrors.dateBeforeSigning(data.signedOn, agreement.signing.signedOn);
  checkCommitments(data.commitments);
  const { supplementId, signedOn, summary, commitments } = data;
  const countedIncrement = Math.max(0, commitments.totalInvestment - agreement.countedInvestment);
  const incentives = refigureIncentives(agreement.incentives, commitments);
  const { agreementId } = agreement;
  return [
    {
      type: 'AgreementSupplemented',
      data: {
        agreementId,
        projectId: agreement.signing.projectId,
        supplementId,
        signedOn,
        summary,
        commitments,
        incentives,
        countedIncrement,
      },
    },
  ];
}

function terminate({ data }: Command<'TerminateAgreement'>, agreement: Agreement): AgreementEvent[] {
  if (data.terminatedOn > data.today) throw agreementErrors.dateInFuture(data.terminatedOn, data.today);
  const signedOn = agreement.signing?.signedOn;
  if (signedOn !== undefined && data.terminatedOn < signedOn) throw agreementErrors.dateBeforeSigning(data.terminatedOn, signedOn);
  const projectId = agreement.signing?.projectId;
  const { agreementId } = agreement;
  return [
    {
      type: 'AgreementTerminated',
      data: { agreementId, ...(projectId !== undefined && { projectId }), terminatedOn: data.terminatedOn, reason: data.reason },
    },
  ];
}

function termsOf(terms: NegotiatedTerms, catalog: readonly IncentiveTerms[]): AgreementTerms {
  checkCommitments(terms.commitments);
  return {
    projectName: terms.projectName,
    parties: terms.parties,
    commitments: terms.commitments,
    incentives: grantIncentives(terms.incentives, catalog, terms.commitments),
    ...(terms.approvalPackage !== undefined && { approvalPackage: terms.approvalPackage }),
  };
}

function checkCommitments(commitments: Commitments): void {
  if (commitments.fixedAssetInvestment > commitments.totalInvestment) {
    throw agreementErrors.fixedAssetsExceedTotal(commitments.fixedAssetInvestment, commitments.totalInvestment);
  }
}

function sameTerms(terms: AgreementTerms, agreement: Agreement): boolean {
  const { projectName, parties, commitments, incentives, approvalPackage } = agreement;
  return (
    canonicalJson(terms) ===
    canonicalJson({ projectName, parties, commitments, incentives, ...(approvalPackage !== undefined && { approvalPackage }) })
  );
}

export const agreementAggregate: Aggregate<AgreementCommand, AgreementEvent, AgreementState> = {
  decider: agreementDecider,
  correlate: (state) =>
    state.status === 'none' ? {} : { leadId: state.leadId, ...(state.signing && { projectId: state.signing.projectId }) },
};

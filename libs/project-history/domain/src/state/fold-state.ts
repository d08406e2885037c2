import { amount, dataOf, nested, text, type Data } from './fields';
import { foldApproval, isApprovalFact } from './fold-approvals';
import { PRODUCTION_CHANGES } from './fold-production';
import { SITE_CHANGES } from './fold-site';
import { initialProjectState, type ApprovalSnapshot, type CommittedFigures, type ProjectStage, type ProjectState } from './project-state';

/** One stored fact as the fold needs it: its stream orders the facts of one aggregate. */
export interface ProjectFact {
  readonly type: string;
  readonly streamName: string;
  readonly data: unknown;
}

type Change = (state: ProjectState, data: Data) => ProjectState;

function commitmentsOf(data: Data): CommittedFigures | undefined {
  const committed = nested(data, 'commitments');
  const totalInvestment = amount(committed, 'totalInvestment');
  if (totalInvestment === undefined) return undefined;
  const parcelCode = text(committed, 'parcelCode');
  return {
    totalInvestment,
    fixedAssetInvestment: amount(committed, 'fixedAssetInvestment') ?? 0,
    landAreaSquareMetres: amount(committed, 'landAreaSquareMetres') ?? 0,
    ...(parcelCode !== undefined && { parcelCode }),
    daysFromDeliveryToStart: amount(committed, 'daysFromDeliveryToStart') ?? 0,
    monthsToProduction: amount(committed, 'monthsToProduction') ?? 0,
    jobs: amount(committed, 'jobs') ?? 0,
    taxPerMu: amount(committed, 'taxPerMu') ?? 0,
  };
}

function optional(data: Data, keys: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(keys).flatMap(([target, source]) => {
      const value = text(data, source);
      return value === undefined ? [] : [[target, value]];
    }),
  );
}

const withCommitments: Change = (state, data) => {
  const commitments = commitmentsOf(data);
  return commitments === undefined ? state : { ...state, commitments };
};

/** Lead intake and contract signing: who the project came from and what it promised. */
const PROJECT_CHANGES: Readonly<Record<string, Change>> = {
  LeadRegistered: (state, data) => {
    const leadId = text(data, 'leadId');
    if (leadId === undefined) return state;
    return {
      ...state,
      lead: { leadId, ...optional(data, { companyName: 'companyName', source: 'source', registeredAt: 'registeredAt' }) },
    };
  },
  LeadQualified: (state, data) => {
    const qualifiedOn = text(data, 'qualifiedOn');
    return state.lead === undefined || qualifiedOn === undefined ? state : { ...state, lead: { ...state.lead, qualifiedOn } };
  },
  AgreementSigned: (state, data) => {
    const enterprise = nested(data, 'enterprise');
    const section = text(enterprise, 'industrySection');
    const division = text(enterprise, 'industryDivision');
    const project = {
      ...optional(data, { agreementId: 'agreementId', parkId: 'parkId', projectName: 'projectName', signedOn: 'signedOn' }),
      ...optional(enterprise, { enterpriseName: 'name', uscc: 'uscc' }),
      ...(section !== undefined && { industry: `${section}${division ?? ''}` }),
    };
    return withCommitments({ ...state, project }, data);
  },
  AgreementSupplemented: withCommitments,
  AgreementTerminated: (state, data) => {
    const terminatedOn = text(data, 'terminatedOn');
    return terminatedOn === undefined ? state : { ...state, terminated: { terminatedOn, reason: text(data, 'reason') ?? '' } };
  },
};

const CHANGES: Readonly<Record<string, Change>> = { ...PROJECT_CHANGES, ...SITE_CHANGES, ...PRODUCTION_CHANGES };

const PRODUCING = new Set(['partial_production', 'full_production', 'full_capacity']);

/** The furthest stage the facts reach; the approval flow counts once an item beyond registration is worked on. */
export function stageOf(state: ProjectState): ProjectStage {
  if (state.terminated !== undefined) return 'terminated';
  if (state.production.aboveScale !== undefined) return 'above_scale';
  if (PRODUCING.has(state.production.stage)) return 'production';
  if (state.production.stage === 'trial_production') return 'trial_production';
  if (state.construction.completedOn !== undefined) return 'completed';
  if (state.construction.startedOn !== undefined) return 'under_construction';
  if (state.land.deliveredOn !== undefined) return 'land_delivered';
  if (state.approvals.some((item) => item.stage !== 'on_signing' && !['opened', 'waived'].includes(item.status))) return 'approvals';
  if (state.project?.signedOn !== undefined) return 'signed';
  return 'lead';
}

/**
 * Folds a project's facts, in the order they were recorded, into what the project looked like. Facts it does
 * not know (an auditor's view, a duplicate-key claim) change nothing: the history shows them, the state need not.
 */
export function foldProjectState(projectId: string, facts: readonly ProjectFact[]): ProjectState {
  let state = initialProjectState(projectId);
  let items = new Map<string, ApprovalSnapshot>();
  for (const fact of facts) {
    const data = dataOf(fact.data);
    if (isApprovalFact(fact.type)) items = foldApproval(items, fact.streamName, fact.type, data);
    const change = CHANGES[fact.type];
    if (change !== undefined) state = change(state, data);
  }
  const folded = { ...state, approvals: [...items.values()] };
  return { ...folded, stage: stageOf(folded) };
}

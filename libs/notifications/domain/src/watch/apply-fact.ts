import { assertNever } from '@ia/kernel';
import type {
  ApprovalFact,
  ApprovalWatch,
  Fact,
  LeadFact,
  LeadWatch,
  ProblemFact,
  ProblemWatch,
  ProjectFact,
  ProjectWatch,
  Watched,
  WatchKind,
} from './facts';

const earliest = (current: string | undefined, next: string) => (current === undefined || next < current ? next : current);
const latest = (current: string | undefined, next: string) => (current === undefined || next > current ? next : current);

const LEAD_FACTS = new Set(['LeadRegistered', 'LeadPromoterAssigned', 'LeadFollowedUp', 'LeadScreened', 'LeadStatusChanged']);
const PROBLEM_FACTS = new Set(['ProblemRaised', 'ProblemAssigned', 'ProblemResolved']);
const PROJECT_FACTS = new Set([
  'ProjectSigned',
  'LandDelivered',
  'WorkStarted',
  'ProductionStarted',
  'LeaderAssigned',
  'LeaderVisited',
  'ProjectEnded',
]);

export function kindOf(fact: Fact): WatchKind {
  if (LEAD_FACTS.has(fact.type)) return 'lead';
  if (PROBLEM_FACTS.has(fact.type)) return 'problem';
  if (PROJECT_FACTS.has(fact.type)) return 'project';
  return 'approval';
}

export const EMPTY: { readonly [Kind in WatchKind]: Extract<Watched, { kind: Kind }>['facts'] } = {
  lead: { status: 'open' },
  approval: { stops: [], promised: {} },
  problem: {},
  project: {},
};

/** Folds one fact into what is known; facts may arrive in any order (different topics), so each keeps what it can. */
export function applyFact(watched: Watched | undefined, fact: Fact): Watched {
  const kind = kindOf(fact);
  const facts = watched?.kind === kind ? watched.facts : EMPTY[kind];
  switch (kind) {
    case 'lead':
      return { kind, facts: applyLead(facts as LeadWatch, fact as LeadFact) };
    case 'approval':
      return { kind, facts: applyApproval(facts as ApprovalWatch, fact as ApprovalFact) };
    case 'problem':
      return { kind, facts: applyProblem(facts, fact as ProblemFact) };
    case 'project':
      return { kind, facts: applyProject(facts, fact as ProjectFact) };
    default:
      return assertNever(kind);
  }
}

function applyLead(lead: LeadWatch, fact: LeadFact): LeadWatch {
  switch (fact.type) {
    case 'LeadRegistered':
      return { ...lead, parkId: fact.parkId, companyName: fact.companyName, registeredOn: fact.registeredOn };
    case 'LeadPromoterAssigned':
      return { ...lead, promoterId: fact.promoterId };
    case 'LeadFollowedUp':
      return { ...lead, firstRespondedOn: earliest(lead.firstRespondedOn, fact.on) };
    case 'LeadScreened':
      return { ...lead, screenedOn: earliest(lead.screenedOn, fact.on) };
    case 'LeadStatusChanged':
      return { ...lead, status: fact.status };
    default:
      return assertNever(fact);
  }
}

function applyApproval(item: ApprovalWatch, fact: ApprovalFact): ApprovalWatch {
  switch (fact.type) {
    case 'ItemOpened': {
      const { type: _type, dueOn, parkId, ...opened } = fact;
      return { ...item, ...opened, ...(parkId !== undefined && { parkId }), ...(dueOn !== undefined && { fixedDueOn: dueOn }) };
    }
    case 'AgentAssigned':
      return { ...item, agentId: fact.agentId };
    case 'ItemAccepted': {
      const promised = { ...item.promised };
      for (const { materialCode, promisedOn } of fact.promised) promised[materialCode] = { ...promised[materialCode], promisedOn };
      return { ...item, acceptedOn: fact.on, promised };
    }
    case 'MaterialSupplied': {
      const known = item.promised[fact.materialCode];
      if (!known) return item;
      return { ...item, promised: { ...item.promised, [fact.materialCode]: { ...known, suppliedOn: fact.on } } };
    }
    case 'ClockStopped':
      if (item.stops.some((stop) => stop.from === fact.on)) return item;
      return { ...item, stops: [...item.stops, { from: fact.on }] };
    case 'ClockResumed': {
      const open = item.stops.findIndex((stop) => stop.to === undefined);
      if (open < 0) return item;
      return { ...item, stops: item.stops.map((stop, index) => (index === open ? { ...stop, to: fact.on } : stop)) };
    }
    case 'ItemClosed':
      return { ...item, closedOn: fact.on };
    default:
      return assertNever(fact);
  }
}

function applyProblem(problem: ProblemWatch, fact: ProblemFact): ProblemWatch {
  switch (fact.type) {
    case 'ProblemRaised': {
      const { type: _type, raisedOn: _raisedOn, ...raised } = fact;
      return { ...problem, ...raised };
    }
    case 'ProblemAssigned':
      return { ...problem, responsibleUnit: fact.responsibleUnit, dueOn: fact.dueOn };
    case 'ProblemResolved':
      return { ...problem, resolvedOn: fact.on };
    default:
      return assertNever(fact);
  }
}

function applyProject(project: ProjectWatch, fact: ProjectFact): ProjectWatch {
  switch (fact.type) {
    case 'ProjectSigned': {
      const { type: _type, ...signed } = fact;
      return { ...project, ...signed };
    }
    case 'LandDelivered':
      return { ...project, deliveredOn: fact.on };
    case 'WorkStarted':
      return { ...project, startedOn: fact.on };
    case 'ProductionStarted':
      return {
        ...project,
        productionOn: earliest(project.productionOn, fact.on),
        ...(fact.full && { fullProductionOn: earliest(project.fullProductionOn, fact.on) }),
      };
    case 'LeaderAssigned':
      return { ...project, leaderId: fact.leaderId, leaderSince: fact.on };
    case 'LeaderVisited':
      return { ...project, lastVisitOn: latest(project.lastVisitOn, fact.on) };
    case 'ProjectEnded':
      return { ...project, endedOn: fact.on };
    default:
      return assertNever(fact);
  }
}

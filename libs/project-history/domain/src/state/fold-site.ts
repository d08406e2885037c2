import { amount, nested, text, type Data } from './fields';
import type { ConstructionSnapshot, LandSnapshot, ProjectState } from './project-state';

type Change = (state: ProjectState, data: Data) => ProjectState;

const onConstruction =
  (change: (construction: ConstructionSnapshot, data: Data) => ConstructionSnapshot): Change =>
  (state, data) => ({ ...state, construction: change(state.construction, data) });

function withDate<Shape>(target: Shape, key: keyof Shape & string, data: Data, dataKey: string = key): Shape {
  const value = text(data, dataKey);
  return value === undefined ? target : { ...target, [key]: value };
}

/** The first parcel allocated is the project's land; a later parcel of the same project leaves it alone. */
function parcelOf(state: ProjectState, data: Data): LandSnapshot | undefined {
  const parcelId = text(data, 'parcelId');
  if (parcelId === undefined) return undefined;
  if (state.land.parcelId === undefined) return { ...state.land, parcelId };
  return state.land.parcelId === parcelId ? state.land : undefined;
}

/** Land delivery (交地, 地证同交) and construction (T0/T1/T2, milestones, investment, problems). */
export const SITE_CHANGES: Readonly<Record<string, Change>> = {
  ParcelAllocated: (state, data) => {
    const land = parcelOf(state, data);
    return land === undefined ? state : { ...state, land: withDate(land, 'allocatedOn', data) };
  },
  LandDelivered: (state, data) => {
    const land = parcelOf(state, data);
    if (land === undefined) return state;
    const parcelCode = text(data, 'parcelCode');
    const areaSquareMetres = amount(data, 'areaSquareMetres');
    const confirmationNumber = text(data, 'confirmationNumber');
    const delivered = {
      ...withDate(land, 'deliveredOn', data),
      ...(parcelCode !== undefined && { parcelCode }),
      ...(areaSquareMetres !== undefined && { areaSquareMetres }),
      ...(confirmationNumber !== undefined && { confirmationNumber }),
    };
    const certificateOn = text(data, 'titleCertificateOn');
    return {
      ...state,
      land:
        delivered.certificate === undefined && certificateOn !== undefined
          ? { ...delivered, certificate: { grantedOn: certificateOn } }
          : delivered,
    };
  },
  TitleCertificateRecorded: (state, data) => {
    const grantedOn = text(data, 'grantedOn');
    if (grantedOn === undefined) return state;
    const number = text(data, 'certificateNumber');
    return { ...state, land: { ...state.land, certificate: { grantedOn, ...(number !== undefined && { number }) } } };
  },
  LandDeliveryRecorded: onConstruction((construction, data) => withDate(construction, 'landDeliveredOn', data, 'deliveredOn')),
  ConstructionPermitRecorded: onConstruction((construction, data) => withDate(construction, 'constructionPermitOn', data, 'grantedOn')),
  WorkStarted: onConstruction((construction, data) =>
    withDate(withDate(withDate(construction, 'startedOn', data), 'landDeliveredOn', data), 'constructionPermitOn', data),
  ),
  MilestoneReached: onConstruction((construction, data) => {
    const milestone = text(data, 'milestone');
    const reachedOn = text(data, 'reachedOn');
    if (milestone === undefined || reachedOn === undefined) return construction;
    return { ...construction, milestones: [...construction.milestones, { milestone, reachedOn }] };
  }),
  ConstructionCompleted: onConstruction((construction, data) => withDate(construction, 'completedOn', data)),
  MonthlyInvestmentReported: onConstruction((construction, data) => {
    const month = text(data, 'month');
    if (month === undefined) return construction;
    const report = { month, plannedYuan: amount(data, 'plannedYuan') ?? 0, completedYuan: amount(data, 'completedYuan') ?? 0 };
    return { ...construction, investment: [...construction.investment.filter((entry) => entry.month !== month), report] };
  }),
  LeadershipAssigned: onConstruction((construction, data) => {
    const leaderId = text(nested(data, 'leader'), 'userId');
    return leaderId === undefined ? construction : { ...construction, leaderId };
  }),
  ProblemRaised: onConstruction((construction) => ({ ...construction, openProblems: construction.openProblems + 1 })),
  ProblemResolved: onConstruction((construction) => ({
    ...construction,
    openProblems: Math.max(0, construction.openProblems - 1),
    resolvedProblems: construction.resolvedProblems + 1,
  })),
};

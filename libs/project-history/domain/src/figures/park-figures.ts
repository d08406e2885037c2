import type { RecordedEvent } from '@ia/kernel';
import { PROJECT_STAGES, type ProjectStage } from '../state/project-state';
import type { DeferredOutcome, ProjectFigures } from './project-figures';

export interface ParkFigures {
  readonly parkId: string;
  readonly asOf: string;
  readonly projects: number;
  readonly byStage: Readonly<Record<ProjectStage, number>>;
  readonly registeredOnSigningDay: number;
  readonly approvals: { readonly measured: number; readonly withinLimit: number; readonly overLimit: number };
  readonly deferredMaterials: Readonly<Record<DeferredOutcome, number>>;
  readonly startOfWork: { readonly measured: number; readonly onDeliveryDay: number; readonly longestDeliveryToStartDays?: number };
  readonly commitments: { readonly measured: number; readonly met: number };
  readonly items: readonly ProjectFigures[];
}

/** The park's projects: every event that names a project whose signing names this park, grouped by project. */
export function projectsOfPark(events: readonly RecordedEvent[], parkId: string): Map<string, RecordedEvent[]> {
  const inPark = new Set(
    events.flatMap((event) => {
      const data = event.data as { readonly parkId?: unknown } | null;
      const projectId = event.metadata.projectId;
      return event.type === 'AgreementSigned' && projectId !== undefined && data?.parkId === parkId ? [projectId] : [];
    }),
  );
  const byProject = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const projectId = event.metadata.projectId;
    if (projectId === undefined || !inPark.has(projectId)) continue;
    const facts = byProject.get(projectId);
    if (facts === undefined) byProject.set(projectId, [event]);
    else facts.push(event);
  }
  return byProject;
}

const count = <Item>(items: readonly Item[], test: (item: Item) => boolean) => items.filter(test).length;

/** Totals an auditor reads first; each project's own figures follow, with the dates they count from. */
export function summarisePark(parkId: string, asOf: string, projects: readonly ProjectFigures[]): ParkFigures {
  const byStage = Object.fromEntries(
    PROJECT_STAGES.map((stage) => [stage, count(projects, (project) => project.stage === stage)]),
  ) as Record<ProjectStage, number>;
  const approvals = projects.flatMap((project) => project.approvals).filter((item) => item.withinLimit !== undefined);
  const deferred = projects.flatMap((project) => project.deferredMaterials);
  const starts = projects.flatMap((project) =>
    project.startOfWork.deliveryToStartDays === undefined ? [] : [project.startOfWork.deliveryToStartDays],
  );
  const commitments = projects.flatMap((project) => project.commitments).filter((figure) => figure.met !== null);
  return {
    parkId,
    asOf,
    projects: projects.length,
    byStage,
    registeredOnSigningDay: count(projects, (project) => project.registration?.onSigningDay === true),
    approvals: {
      measured: approvals.length,
      withinLimit: count(approvals, (item) => item.withinLimit === true),
      overLimit: count(approvals, (item) => item.withinLimit === false),
    },
    deferredMaterials: {
      on_time: count(deferred, (item) => item.outcome === 'on_time'),
      late: count(deferred, (item) => item.outcome === 'late'),
      missing: count(deferred, (item) => item.outcome === 'missing'),
      awaited: count(deferred, (item) => item.outcome === 'awaited'),
    },
    startOfWork: {
      measured: starts.length,
      onDeliveryDay: count(starts, (days) => days === 0),
      ...(starts.length > 0 && { longestDeliveryToStartDays: Math.max(...starts) }),
    },
    commitments: { measured: commitments.length, met: count(commitments, (figure) => figure.met === true) },
    items: projects,
  };
}

import { formatTimeline, toTimeline, type HistoryEntry } from '@ia/project-history/domain';
import { BEFORE_LAND, ON_DELIVERY, PERMIT, REGISTRATION, waiveEnergyReview, workItem, type ApprovalsProject } from './approvals';
import type { DemoClient } from './client';
import { DEMO_PROJECTS, TARGETS, type DemoProject, type Target } from './data-set';
import { setParkPolicy, signAgreement, workLead } from './lead-and-signing';
import { allocateParcel, build, commission, deliverLand, startWork } from './site';

export interface LoadedProject {
  readonly company: string;
  readonly target: Target;
  readonly leadId: string;
  readonly projectId?: string;
}

const AUDITOR = ['auditor', 'auditor-chen'] as const;

const reaches = (project: DemoProject, target: Target) => TARGETS.indexOf(project.target) >= TARGETS.indexOf(target);

/** Takes one enterprise as far as its target, over HTTP, in the order the park's staff would. */
async function loadProject(client: DemoClient, project: DemoProject, serial: number, today: string): Promise<LoadedProject> {
  const leadId = await workLead(client, project);
  if (!reaches(project, 'signed')) return { company: project.company, target: project.target, leadId };
  const projectId = await signAgreement(client, project, leadId);
  const loaded = { company: project.company, target: project.target, leadId, projectId };
  const approvals: ApprovalsProject = { projectId, signedOn: project.signedOn, division: project.division, serial };
  for (const step of REGISTRATION) await workItem(client, approvals, step);
  if (!reaches(project, 'approvals')) return loaded;
  const beforeLand = reaches(project, 'land_delivered') ? BEFORE_LAND : BEFORE_LAND.slice(0, 3);
  for (const step of beforeLand) await workItem(client, approvals, step);
  if (!reaches(project, 'land_delivered')) return loaded;
  await waiveEnergyReview(client, projectId);
  const parcelId = await allocateParcel(client, project, projectId);
  for (const step of ON_DELIVERY) await workItem(client, approvals, step);
  await deliverLand(client, project, projectId, parcelId);
  if (!reaches(project, 'under_construction')) return loaded;
  await workItem(client, approvals, PERMIT);
  await startWork(client, project, projectId);
  await build(client, project, projectId, reaches(project, 'trial_production') ? 'completion' : 'main_structure_topped_out');
  if (reaches(project, 'trial_production')) await commission(client, project, projectId, today);
  return loaded;
}

/** The demo's data set: one park's projects at every stage, loaded through the suite's public API. */
export async function loadDemo(client: DemoClient, today: string): Promise<LoadedProject[]> {
  await setParkPolicy(client);
  const loaded: LoadedProject[] = [];
  for (const [index, project] of DEMO_PROJECTS.entries()) loaded.push(await loadProject(client, project, index + 1, today));
  return loaded;
}

/** A project's whole life as the auditor replays it, as a table for the terminal. */
export async function timelineOf(client: DemoClient, projectId: string): Promise<string> {
  const history = await client.get(`/api/v1/projects/${projectId}/history?limit=1000`, AUDITOR);
  return formatTimeline(toTimeline(history['items'] as HistoryEntry[]));
}

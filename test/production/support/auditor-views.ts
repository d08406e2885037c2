import type { LifecycleDriver } from '../../e2e/support/suite-driver';
import type { Project } from '../../e2e/support/lifecycle-early';

type Body = Record<string, unknown>;

const AUDITOR = ['auditor', 'auditor-chen'] as const;
/** Business dates at which the auditor asks what the project looked like. */
export const STATE_DATES = ['2026-03-02', '2026-04-14', '2026-04-15', '2026-06-30', '2026-11-30', '2027-04-30'] as const;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
// Instants of record (real time) differ between two runs; business instants come from the hand-moved clock.
const RECORDED_INSTANT = /\d{4}-\d{2}-\d{2}T(?!02:00:00\.000Z)\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;

/**
 * Everything an auditor sees of one project's life, with what differs between two runs of it (ids, record times)
 * masked: `compared` must be the same on every deployment; `timeline` is the replay in the order it is served.
 */
export async function auditorViews(driver: LifecycleDriver, project: Project, parkId: string): Promise<Body> {
  const base = `/api/v1/projects/${project.projectId}`;
  const history = (await driver.get(...AUDITOR, `${base}/history`, { limit: '1000' }))['items'] as Body[];
  const states: Body = {};
  for (const date of STATE_DATES) states[date] = await driver.get(...AUDITOR, `${base}/state`, { validAt: date });
  // Reactions of several services to one fact commit in whatever order their processes ran: compare the
  // history as business time orders it, facts of the same instant in a fixed order of their own.
  const facts = history.map(({ eventId: _eventId, position: _position, recordedAt: _recordedAt, ...kept }) => kept);
  const byInstant = (fact: Body) => `${String(fact['occurredAt'])} ${JSON.stringify(fact)}`;
  const views = {
    history: [...facts].sort((left, right) => byInstant(left).localeCompare(byInstant(right))),
    states,
    figures: await driver.get(...AUDITOR, `${base}/figures`),
    integrity: await driver.get(...AUDITOR, `${base}/integrity`),
    park: await driver.get('admin', 'admin-li', '/api/v1/figures', { parkId }),
  };
  const masked = JSON.stringify({ compared: views, timeline: facts.map((fact) => ({ type: fact['type'], service: fact['service'] })) })
    .replaceAll(project.projectId, '<project>')
    .replaceAll(project.leadId, '<lead>')
    .replace(UUID, '<id>')
    .replace(RECORDED_INSTANT, '<recorded>');
  return JSON.parse(masked) as Body;
}

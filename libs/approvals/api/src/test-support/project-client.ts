import { randomUUID } from 'node:crypto';
import type { TestApp } from '@ia/testing';
import { sign, signedProject } from './test-signing.module';

export interface ItemBody {
  id: string;
  status: string;
  revision: number;
  item: { code: string; stage: string };
  grant?: { grantedOn: string; licenceNumber: string; projectCode?: string };
  clock: {
    state: string;
    dueOn?: string;
    overdue: boolean;
    overdueDays: number;
    pausedDays: number;
    remainingDays: number;
    provisional: boolean;
  };
}

/** A project signed through the bus, and the calls an agent makes on its items. */
export async function signedProjectClient(test: TestApp, agent = 'agent-wang') {
  const projectId = randomUUID();
  await sign(test, signedProject(projectId));
  const as = () => test.as('agent', agent);
  const items = async (): Promise<ItemBody[]> =>
    (await test.http.get(`/api/v1/projects/${projectId}/approvals`).set(test.as('auditor')).expect(200)).body.items;
  const find = async (code: string): Promise<ItemBody> => {
    const found = (await items()).find((entry) => entry.item.code === code && !['waived', 'returned'].includes(entry.status));
    if (!found) throw new Error(`The project has no open ${code}`);
    return found;
  };
  const step = (id: string, path: string, body: object) => test.http.post(`/api/v1/approvals/${id}/${path}`).set(as()).send(body);
  const read = async (id: string): Promise<ItemBody> =>
    (await test.http.get(`/api/v1/approvals/${id}`).set(test.as('leader')).expect(200)).body;
  const takeIn = (id: string, materialCodes: string[], receivedOn: string) =>
    step(id, 'intake', {
      receivedOn,
      formReference: '湘乡经开区代办〔2026〕0301号',
      applicantName: '王建国',
      applicantIdNumber: '430381197502030020',
      materialCodes,
    });
  return { projectId, items, find, step, read, takeIn };
}

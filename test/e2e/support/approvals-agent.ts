import type { LifecycleDriver as SuiteDriver } from './suite-driver';

export interface ItemWork {
  readonly code: string;
  readonly materials: readonly string[];
  readonly acceptedOn: string;
  readonly grantedOn: string;
  readonly licenceNumber: string;
  readonly authority: string;
  /** Secondary materials accepted as missing (容缺), supplied later on `suppliedOn`. */
  readonly deferred?: ReadonlyArray<{ readonly materialCode: string; readonly promisedOn: string; readonly suppliedOn: string }>;
  readonly projectCode?: string;
}

const AGENT = 'agent-wang';

/** The agent's calls on one item, 全程代办: assign, take in once, accept, submit, (supply,) grant. */
export class ApprovalsAgent {
  constructor(
    private readonly suite: SuiteDriver,
    private readonly projectId: string,
  ) {}

  async itemId(code: string): Promise<string> {
    const body = await this.suite.get('agent', AGENT, `/api/v1/projects/${this.projectId}/approvals`);
    const items = body['items'] as Array<{ id: string; status: string; item: { code: string } }>;
    const found = items.find((entry) => entry.item.code === code);
    if (found === undefined) throw new Error(`The project has no ${code}`);
    return found.id;
  }

  async work(work: ItemWork): Promise<void> {
    const id = await this.itemId(work.code);
    const step = (path: string, body: Record<string, unknown>, on = work.acceptedOn) => {
      this.suite.reach(on);
      return this.suite.post('agent', AGENT, `/api/v1/approvals/${id}/${path}`, body);
    };
    const missing = new Set((work.deferred ?? []).map((deficiency) => deficiency.materialCode));
    await step('assignment', { agentId: AGENT });
    await step('intake', {
      receivedOn: work.acceptedOn,
      formReference: `湘乡经开区代办〔2026〕${work.code}号`,
      applicantName: '王建国',
      applicantIdNumber: '430381197502030020',
      materialCodes: work.materials.filter((material) => !missing.has(material)),
    });
    if (work.deferred === undefined) await step('acceptance', { acceptedOn: work.acceptedOn });
    else
      await step('acceptance-with-deficiencies', {
        acceptedOn: work.acceptedOn,
        deficiencies: work.deferred.map(({ materialCode, promisedOn }) => ({ materialCode, promisedOn })),
      });
    await step('submission', { submittedOn: work.acceptedOn, authority: work.authority });
    for (const deficiency of work.deferred ?? [])
      await step('supplies', { materialCode: deficiency.materialCode, suppliedOn: deficiency.suppliedOn }, deficiency.suppliedOn);
    const licence = {
      grantedOn: work.grantedOn,
      licenceNumber: work.licenceNumber,
      ...(work.projectCode !== undefined && { projectCode: work.projectCode }),
    };
    await step('grant', licence, work.grantedOn);
  }

  async waive(code: string, reason: string): Promise<void> {
    await this.suite.post('agent', AGENT, `/api/v1/approvals/${await this.itemId(code)}/waiver`, { reason });
  }
}

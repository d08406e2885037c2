// Stands in for lead intake in HTTP tests: its events go through the real embedded bus, so the
// contract-signing consumer parses and records them exactly as it would lead intake's own.
import { Module, type OnModuleInit } from '@nestjs/common';
import type { IntegrationMessage } from '@ia/kernel';
import {
  AgreementSupplementedV1,
  AgreementTerminatedV1,
  defineConsumer,
  definePublisher,
  LeadDisqualifiedV1,
  LeadQualifiedV1,
  on,
  ProjectSignedV1,
  TOPICS,
} from '@ia/contracts';
import { EventSourcingRuntime, uuidv7 } from '@ia/platform';
import { newEvent, type TestApp } from '@ia/testing';

/** What other services heard from contract signing during a test. */
export const published: IntegrationMessage[] = [];

@Module({})
export class FakeLeadIntakeModule implements OnModuleInit {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  onModuleInit(): void {
    this.runtime.registerPublisher(
      definePublisher('test-leads', TOPICS.leadIntake, ['testlead'], (event) => {
        if (event.type === 'LeadQualified')
          return { definition: LeadQualifiedV1, data: event.data, key: String((event.data as LeadQualifiedV1).leadId) };
        if (event.type === 'LeadDisqualified')
          return { definition: LeadDisqualifiedV1, data: event.data, key: String((event.data as LeadDisqualifiedV1).leadId) };
        return undefined;
      }),
    );
    const record = async (_data: unknown, message: IntegrationMessage) => {
      published.push(message);
    };
    this.runtime.registerConsumer(
      defineConsumer('test.listener', [
        on(ProjectSignedV1, record),
        on(AgreementSupplementedV1, record),
        on(AgreementTerminatedV1, record),
      ]),
    );
  }
}

export interface TestLead {
  readonly leadId: string;
  readonly uscc?: string;
  readonly parkId?: string;
  readonly companyName?: string;
}

/** Lead intake qualifies a lead; resolves once contract signing has recorded it and its read models caught up. */
export async function qualifyLead(test: TestApp, lead: Partial<TestLead> = {}): Promise<string> {
  const leadId = lead.leadId ?? uuidv7();
  const data: LeadQualifiedV1 = {
    leadId,
    parkId: lead.parkId ?? 'park-east',
    companyName: lead.companyName ?? '湘乡智能装备有限公司',
    ...(lead.uscc !== undefined && { uscc: lead.uscc }),
    industry: { section: 'C', division: '38' },
    source: 'promotion_event',
    intendedInvestment: 120_000_000,
    landDemandMu: 50,
    expectedJobs: 200,
    qualifiedOn: '2026-02-20',
  };
  await publish(test, leadId, newEvent('LeadQualified', data, { leadId }));
  return leadId;
}

export async function disqualifyLead(test: TestApp, leadId: string): Promise<void> {
  await publish(test, leadId, newEvent('LeadDisqualified', { leadId, status: 'dropped', reason: '企业放弃投资' }, { leadId }));
}

async function publish(test: TestApp, leadId: string, event: ReturnType<typeof newEvent>): Promise<void> {
  const appended = await test.engines.store.appendToStream(`testlead-${leadId}`, [event], { expectedRevision: 'any' });
  await settle(test, appended.lastPosition);
}

/** Waits for every reaction to the position, then for the read models to see what the reactions wrote. */
export async function settle(test: TestApp, position?: number): Promise<void> {
  expect(await test.runtime.reactionsAt(position ?? (await test.engines.store.headPosition()))).toBe(true);
  expect(await test.runtime.readModelsAt(await test.engines.store.headPosition())).toBe(true);
}

// Stands in for contract signing in HTTP tests: a stored test event is published as ProjectSignedV1 on the
// contract-signing topic through the real embedded bus, so the approvals consumer runs exactly as in the suite.
import { randomUUID } from 'node:crypto';
import { Module, type OnModuleInit } from '@nestjs/common';
import {
  ApprovalItemGrantedV1,
  defineConsumer,
  definePublisher,
  on,
  ProjectSignedV1,
  TOPICS,
  WorkingCalendarPublishedV1,
} from '@ia/contracts';
import { EventSourcingRuntime } from '@ia/platform';
import { newEvent, type TestApp } from '@ia/testing';

const SIGNED = 'TestProjectSigned';

/** What approvals published, as a downstream context (construction, land delivery) would receive it. */
export const receivedGrants: ApprovalItemGrantedV1[] = [];
/** The years approvals published, as lead intake would receive them. */
export const receivedCalendarYears: WorkingCalendarPublishedV1[] = [];

@Module({})
export class TestSigningModule implements OnModuleInit {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  onModuleInit(): void {
    this.runtime.registerConsumer(
      defineConsumer('test.grants', [on(ApprovalItemGrantedV1, async (grant) => void receivedGrants.push(grant))]),
    );
    this.runtime.registerConsumer(
      defineConsumer('test.calendar', [on(WorkingCalendarPublishedV1, async (year) => void receivedCalendarYears.push(year))]),
    );
    this.runtime.registerPublisher(
      definePublisher('test-signing', TOPICS.contractSigning, ['testsigning'], (event) => {
        if (event.type !== SIGNED) return undefined;
        const data = event.data as ProjectSignedV1;
        return { definition: ProjectSignedV1, data, key: data.projectId };
      }),
    );
  }
}

export function signedProject(projectId: string, overrides: Partial<ProjectSignedV1> = {}): ProjectSignedV1 {
  return {
    projectId,
    agreementId: randomUUID(),
    leadId: randomUUID(),
    parkId: 'xiangxiang-edz',
    projectName: '年产5万吨新型电池材料项目',
    enterpriseName: '湘乡新能源材料有限公司',
    industrySection: 'C',
    signedOn: '2026-03-02',
    registrationDueOn: '2026-03-02',
    commitments: {
      totalInvestment: 500_000_000,
      fixedAssetInvestment: 400_000_000,
      landAreaSquareMetres: 66_667,
      daysFromDeliveryToStart: 30,
      monthsToProduction: 18,
      jobs: 300,
      taxPerMu: 150_000,
    },
    ...overrides,
  };
}

/** Appends the signing and waits until approvals reacted and its read models caught up. */
export async function sign(test: TestApp, signed: ProjectSignedV1): Promise<void> {
  const appended = await test.engines.store.appendToStream(`testsigning-${randomUUID()}`, [newEvent(SIGNED, signed)], {
    expectedRevision: 'no_stream',
  });
  expect(await test.runtime.reactionsAt(appended.lastPosition)).toBe(true);
  expect(await test.runtime.readModelsAt(await test.engines.store.headPosition())).toBe(true);
}

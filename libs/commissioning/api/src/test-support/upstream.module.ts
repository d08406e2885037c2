// Stands in for construction and contract signing in HTTP tests: their stored test events are published
// as the real contracts on the real embedded bus, so commissioning's consumers react as in production.
import { randomUUID } from 'node:crypto';
import { Module, type OnModuleInit } from '@nestjs/common';
import {
  AboveScaleEnteredV1,
  AgreementSupplementedV1,
  CommitmentsCheckedV1,
  ConstructionCompletedV1,
  defineConsumer,
  definePublisher,
  FullCapacityReachedV1,
  on,
  ProductionStartedV1,
  ProjectSignedV1,
  TOPICS,
  type IntegrationEventDefinition,
} from '@ia/contracts';
import type { IntegrationMessage, RecordedEvent } from '@ia/kernel';
import { EventSourcingRuntime } from '@ia/platform';
import { newEvent, type TestApp } from '@ia/testing';

const definitions: Readonly<Record<string, IntegrationEventDefinition>> = {
  ConstructionCompleted: ConstructionCompletedV1,
  ProjectSigned: ProjectSignedV1,
  AgreementSupplemented: AgreementSupplementedV1,
};

const map = (event: RecordedEvent) => {
  const definition = definitions[event.type];
  return definition && { definition, data: event.data, key: (event.data as { projectId: string }).projectId };
};

/** What commissioning published, as a downstream consumer received it. */
export const published: IntegrationMessage[] = [];
const listen = async (_: unknown, message: IntegrationMessage) => {
  published.push(message);
};

@Module({})
export class UpstreamTestModule implements OnModuleInit {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  onModuleInit(): void {
    this.runtime.registerPublisher(definePublisher('test-construction', TOPICS.construction, ['testconstruction'], map));
    this.runtime.registerPublisher(definePublisher('test-signing', TOPICS.contractSigning, ['testsigning'], map));
    this.runtime.registerConsumer(
      defineConsumer('test.commissioning-listener', [
        on(ProductionStartedV1, listen),
        on(FullCapacityReachedV1, listen),
        on(AboveScaleEnteredV1, listen),
        on(CommitmentsCheckedV1, listen),
      ]),
    );
  }
}

/** Appends an upstream event and waits until commissioning has reacted and its read model has caught up. */
export async function announce(test: TestApp, type: keyof typeof definitions, data: object): Promise<void> {
  const category = type === 'ConstructionCompleted' ? 'testconstruction' : 'testsigning';
  const appended = await test.engines.store.appendToStream(`${category}-${randomUUID()}`, [newEvent(type, data)], {
    expectedRevision: 'any',
  });
  expect(await test.runtime.reactionsAt(appended.lastPosition)).toBe(true);
  expect(await test.runtime.readModelsAt(await test.engines.store.headPosition())).toBe(true);
}

export function signing(projectId: string, overrides: object = {}) {
  return {
    projectId,
    agreementId: `agreement-${projectId}`,
    leadId: `lead-${projectId}`,
    parkId: 'park-xiangxiang',
    projectName: '年产5万套医疗器械生产线项目',
    enterpriseName: '湘乡华康医疗器械有限公司',
    industrySection: 'C',
    signedOn: '2024-11-18',
    registrationDueOn: '2024-11-18',
    commitments: {
      totalInvestment: 300_000_000,
      fixedAssetInvestment: 240_000_000,
      landAreaSquareMetres: 60_000,
      daysFromDeliveryToStart: 0,
      monthsToProduction: 18,
      jobs: 300,
      taxPerMu: 150_000,
    },
    ...overrides,
  };
}

export function completion(projectId: string, completedOn = '2025-01-15') {
  return { projectId, startedOn: '2024-03-06', completedOn };
}

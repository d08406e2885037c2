// Stands in for contract signing, approvals and land delivery in HTTP tests: stored test events are
// published as their contract events through the real embedded bus, so the consumers run as in production.
import { randomUUID } from 'node:crypto';
import { Module, type OnModuleInit } from '@nestjs/common';
import {
  ApprovalItemGrantedV1,
  ConstructionCompletedV1,
  LandDeliveredV1,
  ProjectSignedV1,
  TOPICS,
  WorkStartedV1,
  defineConsumer,
  definePublisher,
  on,
  type IntegrationEventDefinition,
} from '@ia/contracts';
import type { RecordedEvent } from '@ia/kernel';
import { EventSourcingRuntime } from '@ia/platform';
import { newEvent, type TestApp } from '@ia/testing';

/** What construction published, as a downstream consumer received it. */
export const published: Array<{ readonly type: string; readonly data: unknown }> = [];

const UPSTREAM = {
  testsigning: { topic: TOPICS.contractSigning, definition: ProjectSignedV1 },
  testapprovals: { topic: TOPICS.approvals, definition: ApprovalItemGrantedV1 },
  testland: { topic: TOPICS.landDelivery, definition: LandDeliveredV1 },
} as const;
type Upstream = keyof typeof UPSTREAM;

@Module({})
export class UpstreamModule implements OnModuleInit {
  constructor(private readonly runtime: EventSourcingRuntime) {}
  onModuleInit(): void {
    for (const [category, { topic, definition }] of Object.entries(UPSTREAM)) {
      const map = (event: RecordedEvent) => ({
        definition: definition as IntegrationEventDefinition,
        data: event.data,
        key: (event.data as { projectId: string }).projectId,
      });
      this.runtime.registerPublisher(definePublisher(`test-${category}`, topic, [category], map));
    }
    this.runtime.registerConsumer(
      defineConsumer('test.construction', [
        on(WorkStartedV1, async (data) => void published.push({ type: 'WorkStarted', data })),
        on(ConstructionCompletedV1, async (data) => void published.push({ type: 'ConstructionCompleted', data })),
      ]),
    );
  }
}

/** Appends an upstream fact and waits until the reactions and then the read models have handled it. */
export async function publishUpstream(
  test: TestApp,
  category: Upstream,
  data: ProjectSignedV1 | ApprovalItemGrantedV1 | LandDeliveredV1,
): Promise<void> {
  const appended = await test.engines.store.appendToStream(`${category}-${randomUUID()}`, [newEvent('Upstream', data)], {
    expectedRevision: 'no_stream',
  });
  expect(await test.runtime.reactionsAt(appended.lastPosition)).toBe(true);
  expect(await test.runtime.readModelsAt(await test.engines.store.headPosition())).toBe(true);
}

export const signed = (projectId: string, parkId: string): ProjectSignedV1 => ({
  projectId,
  agreementId: `agreement-${projectId}`,
  leadId: `lead-${projectId}`,
  parkId,
  projectName: `医疗器械产业园 ${projectId}`,
  enterpriseName: '湖南某医疗器械有限公司',
  industrySection: 'C',
  signedOn: '2026-01-10',
  registrationDueOn: '2026-01-10',
  commitments: {
    totalInvestment: 1_000_000_000,
    fixedAssetInvestment: 800_000_000,
    landAreaSquareMetres: 115_000,
    daysFromDeliveryToStart: 10,
    monthsToProduction: 12,
    jobs: 800,
    taxPerMu: 200_000,
  },
});

export const delivered = (projectId: string, deliveredOn: string): LandDeliveredV1 => ({
  projectId,
  parcelId: `parcel-${projectId}`,
  parcelCode: 'XX-2026-07',
  deliveredOn,
  confirmationNumber: '湘经开交〔2026〕007 号',
  areaSquareMetres: 115_000,
});

export const permitted = (projectId: string, grantedOn: string): ApprovalItemGrantedV1 => ({
  projectId,
  itemId: `item-${projectId}`,
  itemCode: 'construction_permit',
  stage: 'engineering_permits',
  grantedOn,
  licenceNumber: '430381202603040101',
});

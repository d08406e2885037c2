// Stands in for contract signing and approvals in HTTP tests: stored test events are published as
// their contract events through the real embedded bus, so the consumers run exactly as in production.
import { randomUUID } from 'node:crypto';
import { Module, type OnModuleInit } from '@nestjs/common';
import { ApprovalItemGrantedV1, LandDeliveredV1, ProjectSignedV1, TOPICS, defineConsumer, definePublisher, on } from '@ia/contracts';
import type { RecordedEvent } from '@ia/kernel';
import { EventSourcingRuntime } from '@ia/platform';
import { newEvent, type TestApp } from '@ia/testing';

const keyed = (event: RecordedEvent) => (event.data as { projectId: string }).projectId;

/** What land delivery published, as a downstream consumer received it. */
export const landDeliveries: LandDeliveredV1[] = [];

@Module({})
export class UpstreamModule implements OnModuleInit {
  constructor(private readonly runtime: EventSourcingRuntime) {}
  onModuleInit(): void {
    this.runtime.registerPublisher(
      definePublisher('test-signing', TOPICS.contractSigning, ['testsigning'], (event) => ({
        definition: ProjectSignedV1,
        data: event.data as ProjectSignedV1,
        key: keyed(event),
      })),
    );
    this.runtime.registerPublisher(
      definePublisher('test-approvals', TOPICS.approvals, ['testapprovals'], (event) => ({
        definition: ApprovalItemGrantedV1,
        data: event.data as ApprovalItemGrantedV1,
        key: keyed(event),
      })),
    );
    this.runtime.registerConsumer(defineConsumer('test.land', [on(LandDeliveredV1, async (data) => void landDeliveries.push(data))]));
  }
}

/** Appends an upstream fact and waits until the reactions and then the read models have handled it. */
export async function publishUpstream(
  test: TestApp,
  category: 'testsigning' | 'testapprovals',
  data: ProjectSignedV1 | ApprovalItemGrantedV1,
): Promise<void> {
  const appended = await test.engines.store.appendToStream(`${category}-${data.projectId}-${randomUUID()}`, [newEvent('Upstream', data)], {
    expectedRevision: 'no_stream',
  });
  expect(await test.runtime.reactionsAt(appended.lastPosition)).toBe(true);
  expect(await test.runtime.readModelsAt(await test.engines.store.headPosition())).toBe(true);
}

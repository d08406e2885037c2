import { Module, type OnModuleInit } from '@nestjs/common';
import { defineIntegrationEvent, object, string } from '@ia/contracts';
import { defineConsumer, definePublisher, on } from '@ia/contracts';
import type { Aggregate } from '@ia/kernel';
import { EventSourcingRuntime, reactionContext, type Engines } from '@ia/platform';
import { createTestApp, newEvent, type TestApp } from '@ia/testing';
import type { SqliteEventStore } from '@ia/adapters/sqlite';

const OrderPlaced = defineIntegrationEvent('OrderPlaced', 1, 'ia.test-orders.v1', object({ orderId: string() }));
const CONSUMER = 'test.invoicing';
let handledCalls = 0;

type Invoice = { type: 'IssueInvoice'; data: { orderId: string } };
type Issued = { type: 'InvoiceIssued'; data: { orderId: string } };
// Each delivery decides to append: only the idempotency key stops a redelivery from issuing twice.
const invoice: Aggregate<Invoice, Issued, null> = {
  decider: { initialState: null, decide: (command) => [{ type: 'InvoiceIssued', data: command.data }], evolve: () => null },
  correlate: () => ({}),
};

@Module({})
class InvoicingModule implements OnModuleInit {
  constructor(private readonly runtime: EventSourcingRuntime) {}
  onModuleInit(): void {
    const issue = this.runtime.commandHandler(invoice);
    this.runtime.registerPublisher(
      definePublisher('test-orders', OrderPlaced.topic, ['order'], (event) => ({
        definition: OrderPlaced,
        data: { orderId: event.streamName },
        key: event.streamName,
      })),
    );
    this.runtime.registerConsumer(
      defineConsumer(CONSUMER, [
        on(OrderPlaced, async (data, message) => {
          handledCalls += 1;
          await issue(`invoice-${data.orderId}`, { type: 'IssueInvoice', data }, reactionContext(CONSUMER, message));
        }),
      ]),
    );
  }
}

describe('a crash between a reaction and its checkpoint', () => {
  let first: TestApp;
  let second: TestApp | undefined;
  afterAll(async () => {
    await second?.close();
    (second ?? first).remove();
  });

  it('delivers the message again after the restart, and the reaction takes effect once', async () => {
    first = await createTestApp([InvoicingModule]);
    const placed = await first.engines.store.appendToStream('order-1', [newEvent('Placed')], { expectedRevision: 'no_stream' });
    expect(await first.runtime.reactionsAt(placed.lastPosition)).toBe(true);
    expect(handledCalls).toBe(1);
    // Forget the consumer's checkpoint, as if the process died after the effect and before saving it.
    const database = (first.engines.store as SqliteEventStore).database;
    database.prepare('DELETE FROM checkpoints WHERE subscriber = ?').run(`bus:${CONSUMER}`);
    await first.close();

    second = await createTestApp([InvoicingModule], { dataDirectory: first.dataDirectory });
    const engines: Engines = second.engines;
    expect(await second.runtime.reactionsAt(await engines.store.headPosition())).toBe(true);
    expect(handledCalls).toBe(2);
    const invoices = await engines.store.readStream('invoice-order-1');
    expect(invoices.map((event) => event.type)).toEqual(['InvoiceIssued']);
    expect(invoices[0]?.metadata).toMatchObject({
      causationId: placed.events[0]?.eventId,
      idempotencyKey: `reaction:${CONSUMER}:${placed.events[0]?.eventId}`,
    });
    expect(await engines.bus.deadLetters(CONSUMER)).toEqual([]);
  });
});

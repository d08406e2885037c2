import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { SpanKind } from '@opentelemetry/api';
import { ContractSigningModule } from '@ia/contract-signing/api';
import { LeadIntakeModule } from '@ia/lead-intake/api';
import { createTestApp, fixedClock, type TestApp } from '@ia/testing';

const PARK = 'xiangxiang-edz';
const POLICY = { wantedIndustries: ['C38'], excludedIndustries: [], minimumInvestmentIntensity: 0, minimumTaxPerMu: 0, minimumJobs: 0 };
const LEAD = {
  parkId: PARK,
  companyName: '湘乡追踪电气有限公司',
  industrySection: 'C',
  industryDivision: '38',
  source: 'walk_in_or_phone',
  contactPerson: '王经理',
  contactPhone: '13812345678',
  intendedInvestment: 50_000_000,
  landDemandMu: 30,
  expectedJobs: 120,
  expectedAnnualOutput: 80_000_000,
  expectedAnnualTax: 3_000_000,
};
const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';

describe('one trace from an HTTP command to the reaction it caused in another context', () => {
  const exporter = new InMemorySpanExporter();
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([LeadIntakeModule, ContractSigningModule], {
      clock: fixedClock('2026-03-02T02:00:00Z'),
      spanExporter: exporter,
    });
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('continues the caller’s trace through the command, the append, the bus and contract signing’s reaction', async () => {
    await test.http.put(`/api/v1/park-policies/${PARK}`).set(test.as('admin')).send(POLICY).expect(200);
    const { id } = (await test.http.post('/api/v1/leads').set(test.as('promoter')).send(LEAD).expect(201)).body as { id: string };
    exporter.reset();
    const screened = await test.http
      .post(`/api/v1/leads/${id}/screenings`)
      .set(test.as('promoter'))
      .set('traceparent', `00-${CALLER_TRACE}-00f067aa0ba902b7-01`)
      .send({ decision: 'qualify', reason: '符合主导产业' });
    expect(screened.status).toBeLessThan(300);
    expect(await test.runtime.reactionsAt(await test.engines.store.headPosition())).toBe(true);

    const spans = exporter.getFinishedSpans();
    const inTrace = spans.filter((span) => span.spanContext().traceId === CALLER_TRACE);
    const named = (prefix: string) => inTrace.filter((span) => span.name.startsWith(prefix));
    const childOf = (parent: ReadableSpan) => (span: ReadableSpan) => span.parentSpanContext?.spanId === parent.spanContext().spanId;

    const [server] = named('HTTP POST');
    expect(server?.kind).toBe(SpanKind.SERVER);
    expect(server?.attributes['http.route']).toBe('/api/v1/leads/:id/screenings');
    const command = named('command ').find(childOf(server!));
    expect(command).toBeDefined();
    expect(named('append lead').some(childOf(command!))).toBe(true);

    const reaction = named('react contract-signing.leads LeadQualified')[0];
    expect(reaction?.kind).toBe(SpanKind.CONSUMER);
    const reactionCommand = named('command ').find(childOf(reaction!));
    expect(reactionCommand).toBeDefined();
    expect(named('append ').some(childOf(reactionCommand!))).toBe(true);

    // The reaction's own event carries the same trace in its metadata, for whatever reacts to it in turn.
    const stored = await test.engines.store.readAll();
    const reacted = stored.filter(
      (event) => event.metadata.causationId !== event.metadata.correlationId && event.metadata.actor.role === 'system',
    );
    expect(reacted.some((event) => event.metadata.traceparent?.includes(CALLER_TRACE))).toBe(true);
  });
});

describe('tracing when no exporter is configured', () => {
  it('adds nothing to the events', async () => {
    const test = await createTestApp([LeadIntakeModule]);
    await test.http.post('/api/v1/leads').set(test.as('promoter')).send(LEAD).expect(201);
    const events = await test.engines.store.readAll();
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.metadata.traceparent === undefined)).toBe(true);
    await test.close();
    test.remove();
  });
});

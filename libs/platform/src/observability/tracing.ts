import { context, SpanKind, SpanStatusCode, trace, type Context, type Span, type TextMapGetter, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  ParentBasedSampler,
  SimpleSpanProcessor,
  TraceIdRatioBasedSampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import type { NextFunction, Request, Response } from 'express';
import { streamCategory, type Consumer, type EventStore, type IntegrationMessage } from '@ia/kernel';

const propagator = new W3CTraceContextPropagator();
let contextManagerSet = false;

/** Spans keep their parent across awaits through one AsyncLocalStorage context manager, set once per process. */
function ensureContextManager(): void {
  if (contextManagerSet) return;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  contextManagerSet = true;
}

const carrierOf = (traceparent: string | undefined): Record<string, unknown> => (traceparent === undefined ? {} : { traceparent });
const getter: TextMapGetter<Record<string, unknown>> = {
  get: (carrier, key) => {
    const value = carrier[key];
    return typeof value === 'string' ? value : undefined;
  },
  keys: (carrier) => Object.keys(carrier),
};

/**
 * OpenTelemetry traces of one application: a request's span, the command it runs, the append, and in any
 * service the reaction to the events it caused, in one trace. The W3C trace context travels in each stored
 * event's metadata and so in the integration message (and its Kafka header). When no exporter is configured
 * none of this exists: nothing is wrapped and nothing is paid.
 */
export class Tracing {
  private readonly provider: BasicTracerProvider;
  private readonly tracer: Tracer;

  constructor(service: string, exporter: SpanExporter, options: { readonly batch: boolean; readonly sampleRatio?: number }) {
    ensureContextManager();
    this.provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ 'service.name': `ia-${service}` }),
      // A request outside the sample gets spans that record nothing; a caller's sampled trace is always followed.
      sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(options.sampleRatio ?? 1) }),
      spanProcessors: [options.batch ? new BatchSpanProcessor(exporter) : new SimpleSpanProcessor(exporter)],
    });
    this.tracer = this.provider.getTracer('ia-suite');
  }

  static otlp(service: string, url: string, sampleRatio: number): Tracing {
    return new Tracing(service, new OTLPTraceExporter({ url }), { batch: true, sampleRatio });
  }

  /** The server span of each request, continuing a caller's `traceparent`; everything the request does runs inside it. */
  httpMiddleware() {
    return (request: Request, response: Response, next: NextFunction) => {
      const extracted = propagator.extract(context.active(), request.headers, getter);
      const span = this.tracer.startSpan(
        `HTTP ${request.method}`,
        { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method } },
        extracted,
      );
      response.on('finish', () => {
        const route = (request.route as { path?: string } | undefined)?.path;
        span.setAttribute('http.route', route === undefined ? 'unmatched' : `${request.baseUrl}${route}`);
        span.setAttribute('http.response.status_code', response.statusCode);
        if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      });
      context.with(trace.setSpan(extracted, span), next);
    };
  }

  /** A span around each command, a child of the request or of the reaction that runs it. */
  traceCommand<Arguments extends unknown[], Result>(
    handle: (...args: Arguments) => Promise<Result>,
    typeOf: (...args: Arguments) => string,
  ) {
    return (...args: Arguments): Promise<Result> =>
      this.inSpan(`command ${typeOf(...args)}`, SpanKind.INTERNAL, context.active(), () => handle(...args));
  }

  /** Appends in a span, and each event carries the trace context, so that its reactions continue the trace. */
  traceStore(store: EventStore): EventStore {
    const inSpan = this.inSpan.bind(this);
    return Object.assign(Object.create(store) as EventStore, {
      appendToStream(...[streamName, events, options]: Parameters<EventStore['appendToStream']>) {
        return inSpan(`append ${streamCategory(streamName)}`, SpanKind.INTERNAL, context.active(), () => {
          const carrier: { traceparent?: string } = {};
          propagator.inject(context.active(), carrier, { set: (target, key, value) => ((target as Record<string, string>)[key] = value) });
          const { traceparent } = carrier;
          const traced =
            traceparent === undefined ? events : events.map((event) => ({ ...event, metadata: { ...event.metadata, traceparent } }));
          return store.appendToStream(streamName, traced, options);
        });
      },
    });
  }

  /** The reaction to a message runs in a consumer span whose parent is the append that stored the event. */
  traceConsumer(consumer: Consumer): Consumer {
    return {
      ...consumer,
      validate: (message) => consumer.validate(message),
      handle: (message: IntegrationMessage) => {
        const parent = propagator.extract(context.active(), carrierOf(message.traceparent), getter);
        return this.inSpan(`react ${consumer.name} ${message.type}`, SpanKind.CONSUMER, parent, () => consumer.handle(message), {
          'messaging.destination.name': message.topic,
          'messaging.message.id': message.eventId,
        });
      },
    };
  }

  shutdown(): Promise<void> {
    return this.provider.shutdown();
  }

  private inSpan<Result>(
    name: string,
    kind: SpanKind,
    parent: Context,
    work: () => Promise<Result>,
    attributes: Record<string, string> = {},
  ): Promise<Result> {
    return this.tracer.startActiveSpan(name, { kind, attributes }, parent, async (span: Span) => {
      try {
        return await work();
      } catch (error) {
        span.recordException(error instanceof Error ? error : String(error));
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    });
  }
}

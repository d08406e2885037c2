import { trace } from '@opentelemetry/api';

/** The ids a log line carries while a traced request or reaction runs; nothing when tracing is off. */
export function currentTraceIds(): { readonly traceId: string; readonly spanId: string } | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && { traceId: spanContext.traceId, spanId: spanContext.spanId };
}

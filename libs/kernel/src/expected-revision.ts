import type { RecordedEvent } from './envelope';
import { ConcurrencyError } from './errors';
import type { Correlation, ExpectedRevision } from './ports/event-store';

/** The one place that says what each expected-revision form accepts; every store uses it. */
export function checkExpectedRevision(streamName: string, expected: ExpectedRevision, current: number): void {
  const ok =
    expected === 'any' || (expected === 'no_stream' && current < 0) || (expected === 'exists' && current >= 0) || expected === current;
  if (!ok) throw new ConcurrencyError(streamName, String(expected), current < 0 ? 'no_stream' : String(current));
}

export function matchesCorrelation(event: RecordedEvent, correlation: Correlation): boolean {
  return 'projectId' in correlation ? event.metadata.projectId === correlation.projectId : event.metadata.leadId === correlation.leadId;
}

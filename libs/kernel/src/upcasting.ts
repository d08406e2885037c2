import type { RecordedEvent } from './envelope';

/** Turns one stored version of an event type into the next; chained until the current version. */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  upcast(data: unknown): unknown;
}

export type Upcast = (event: RecordedEvent) => RecordedEvent;

export const noUpcasting: Upcast = (event) => event;

export function createUpcast(upcasters: readonly Upcaster[]): Upcast {
  if (upcasters.length === 0) return noUpcasting;
  const byKey = new Map<string, Upcaster>();
  for (const upcaster of upcasters) {
    const key = `${upcaster.type}@${upcaster.fromVersion}`;
    if (byKey.has(key)) throw new Error(`Two upcasters for ${key}`);
    byKey.set(key, upcaster);
  }
  return (event) => {
    let { data, schemaVersion } = event;
    for (let next = byKey.get(`${event.type}@${schemaVersion}`); next; next = byKey.get(`${event.type}@${schemaVersion}`)) {
      data = next.upcast(data);
      schemaVersion += 1;
    }
    return schemaVersion === event.schemaVersion ? event : { ...event, data, schemaVersion };
  };
}

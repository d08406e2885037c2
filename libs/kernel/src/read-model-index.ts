/** The value a document is indexed under for a field: top-level strings only; anything else is not indexed. */
export function indexedValue(document: unknown, field: string): string | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const value = (document as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}

export class UndeclaredIndexError extends Error {
  constructor(collection: string, field: string) {
    super(`No index on ${collection}.${field}: a projection must declare it`);
    this.name = 'UndeclaredIndexError';
  }
}

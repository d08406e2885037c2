const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Keys that reach for an object's prototype are never business data; the validation pipe cannot
 * flag `constructor` as unknown (every object has one), so such bodies are refused before it runs.
 */
export function findForbiddenKey(body: unknown): string | undefined {
  const pending: unknown[] = [body];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key)) return key;
      pending.push((value as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}

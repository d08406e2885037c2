/** Event data as read from the store: other services own these events, so every field is checked before use. */
export type Data = Readonly<Record<string, unknown>>;

export function dataOf(value: unknown): Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Data) : {};
}

export function text(data: Data, key: string): string | undefined {
  const value = data[key];
  return typeof value === 'string' ? value : undefined;
}

export function amount(data: Data, key: string): number | undefined {
  const value = data[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function nested(data: Data, key: string): Data {
  return dataOf(data[key]);
}

export function entries(data: Data, key: string): Data[] {
  const value = data[key];
  return Array.isArray(value) ? value.map(dataOf) : [];
}

/** Copies only the fields that are present, so optional properties stay absent instead of undefined. */
export function present<Shape extends object>(fields: { readonly [Key in keyof Shape]: Shape[Key] | undefined }): Partial<Shape> {
  return Object.fromEntries(Object.entries(fields).filter((entry) => entry[1] !== undefined)) as Partial<Shape>;
}

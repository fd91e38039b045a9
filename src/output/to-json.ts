/**
 * JSON text of a result: dates as ISO 8601, `undefined` statistics as `null` (so "nothing observed" is
 * kept, not dropped), Maps as objects, non-finite numbers as null.
 *
 * @example
 * toJson({ medianSeconds: undefined, at: new Date(0) }); // => '{"medianSeconds":null,"at":"1970-01-01T00:00:00.000Z"}'
 */
export function toJson(value: unknown, options: { indent?: number } = {}): string {
  return JSON.stringify(value, replacer, options.indent);
}

function replacer(this: unknown, _key: string, value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Map) return Object.fromEntries(value);
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

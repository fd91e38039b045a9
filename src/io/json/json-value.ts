/**
 * Safe readers for values of parsed JSON records. They only follow a record's own keys, so a key such
 * as "__proto__" or "constructor" in the data never reaches Object.prototype.
 */

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads a key, or a dotted path ("requester.name"), following own properties only.
 *
 * @example
 * pathValue({ via: { channel: "email" } }, "via.channel"); // => "email"
 * pathValue({}, "__proto__.polluted"); // => undefined
 */
export function pathValue(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const part of path.includes(".") ? path.split(".") : [path]) {
    if (!isObject(value) || !Object.hasOwn(value, part)) return undefined;
    value = value[part];
  }
  return value;
}

/**
 * A value as text: strings as they are, numbers and booleans printed, anything else undefined.
 *
 * @example
 * textValue(848); // => "848"
 * textValue({ a: 1 }); // => undefined
 */
export function textValue(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "bigint") return String(value);
  return undefined;
}

/**
 * Looks a key read from the data up in a fixed table, following the table's own keys only: a value such
 * as "constructor" or "__proto__" in an export finds nothing, not Object.prototype's members.
 *
 * @example
 * ownValue({ agent: "agent" }, "agent"); // => "agent"
 * ownValue({ agent: "agent" }, "constructor"); // => undefined
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

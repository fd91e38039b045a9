/**
 * Flattens a result row for tables and CSV: nested objects become dotted columns
 * ("firstResponseTime.medianSeconds"), SLA lists become one column per target
 * ("withinTarget.1800s.share"), other lists become JSON text. Keys are defined, never assigned, so
 * names from the data cannot reach Object.prototype.
 *
 * @example
 * flattenRow({ agent: "A/MM", n: 3, withinTarget: [{ targetSeconds: 1800, count: 2, share: 0.667 }], business: { n: 3 } });
 * // => { agent: "A/MM", n: 3, "withinTarget.1800s.count": 2, "withinTarget.1800s.share": 0.667, "business.n": 3 }
 */
export function flattenRow(row: object): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => Object.defineProperty(flat, key, { value, enumerable: true, writable: true, configurable: true });
  const walk = (prefix: string, value: unknown): void => {
    if (value instanceof Date) put(prefix, value.toISOString());
    else if (Array.isArray(value)) {
      if (value.length > 0 && value.every((item) => typeof item === "object" && item !== null && typeof item.targetSeconds === "number")) {
        for (const { targetSeconds, ...rest } of value) walk(`${prefix}.${targetSeconds}s`, rest);
      } else put(prefix, JSON.stringify(value));
    } else if (typeof value === "object" && value !== null) {
      for (const [key, inner] of Object.entries(value)) walk(prefix === "" ? key : `${prefix}.${key}`, inner);
    } else put(prefix, value);
  };
  walk("", row);
  return flat;
}

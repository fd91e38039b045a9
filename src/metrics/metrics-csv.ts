import { toCsv } from "../output/csv.js";
import { flattenRow } from "./flatten-row.js";

/**
 * Result rows as CSV (through carelens's CSV writer, so cells that start with = + - @ are neutralised),
 * flattened with {@link flattenRow} so every number is its own column.
 *
 * @example
 * metricsCsv(firstResponseTime(conversations).byBrand);
 * // => "brand,n,medianSeconds,p90Seconds,meanSeconds,withinTarget.1800s.count,...\r\nAppleSupport,11,22733,...\r\n..."
 */
export function metricsCsv(rows: readonly object[]): string {
  return toCsv(rows.map(flattenRow));
}

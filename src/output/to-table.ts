import { from, type ColumnTable } from "arquero";
import { flattenRow } from "../metrics/flatten-row.js";

/**
 * An arquero table of any result's rows (score records, `summaryRows`, `comparisonRows`, `issueRows`,
 * agent rows...), each flattened to dotted columns so every number is its own column.
 *
 * @example
 * toTable(comparisonRows(comparePilot(conversations, { pilot }))).orderby("pValue").print();
 */
export function toTable(rows: Iterable<object>): ColumnTable {
  return from(Array.from(rows, flattenRow));
}

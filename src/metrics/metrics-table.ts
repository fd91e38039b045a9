import { from, type ColumnTable } from "arquero";
import { flattenRow } from "./flatten-row.js";

/**
 * An arquero table of result rows (any metric's `byAgent`, `byBrand`, `rows`, `cells`, `agents`, or
 * `summaryRows(summary)`), flattened with {@link flattenRow} so every number is its own column.
 *
 * @example
 * metricsTable(firstResponseTime(conversations).byBrand).orderby("medianSeconds").print();
 * metricsTable(cohortTrends(conversations, { metric: "response-rate", cohort: "brand" }).rows).groupby("cohort").rollup({ n: "sum(d.n)" });
 */
export function metricsTable(rows: readonly object[]): ColumnTable {
  return from(rows.map(flattenRow));
}

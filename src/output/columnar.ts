import { toArrowIPC } from "arquero";
import { parquetWriteBuffer } from "hyparquet-writer";
import { flattenRow } from "../metrics/flatten-row.js";
import { toTable } from "./to-table.js";

/**
 * Any result's rows as an Apache Arrow IPC stream (flattened to dotted columns, as `toTable`), for
 * DuckDB (`read_arrow` / `arrow_scan`), Polars, pandas (pyarrow) or Spark to take over.
 *
 * @example
 * const bytes = toArrowIpc(messageRecords(score).map(flatRecord));
 * // python: pyarrow.ipc.open_stream(bytes).read_all()
 */
export function toArrowIpc(rows: Iterable<object>): Uint8Array {
  return toArrowIPC(toTable(rows), { format: "stream" });
}

/**
 * Any result's rows as a Parquet file (flattened to dotted columns): numbers as DOUBLE, booleans as
 * BOOLEAN, everything else as UTF-8 text (dates as ISO 8601, lists as JSON); missing values are nulls. For DuckDB (`read_parquet`), Spark, BigQuery or any warehouse.
 *
 * @example
 * const buffer = toParquet(summaryRows(summary));
 * // duckdb: SELECT * FROM 'metrics.parquet'
 */
export function toParquet(rows: Iterable<object>): ArrayBuffer {
  const flat = Array.from(rows, flattenRow);
  const names: string[] = [];
  const seen = new Set<string>();
  for (const row of flat) for (const key of Object.keys(row)) if (!seen.has(key)) (seen.add(key), names.push(key));
  const columnData = names.map((name) => {
    const values = flat.map((row) => (Object.hasOwn(row, name) ? (row as Record<string, unknown>)[name] : undefined));
    const present = values.filter((v) => v !== undefined && v !== null);
    const all = (test: (v: unknown) => boolean) => present.length > 0 && present.every(test);
    if (all((v) => typeof v === "number")) return { name, type: "DOUBLE" as const, data: values.map((v) => (typeof v === "number" ? v : null)) };
    if (all((v) => typeof v === "boolean")) return { name, type: "BOOLEAN" as const, data: values.map((v) => (typeof v === "boolean" ? v : null)) };
    return { name, type: "STRING" as const, data: values.map((v) => (v === undefined || v === null ? null : typeof v === "string" ? v : JSON.stringify(v))) };
  });
  return parquetWriteBuffer({ columnData });
}

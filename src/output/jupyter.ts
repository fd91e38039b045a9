import type { ColumnTable } from "arquero";
import { html } from "./html.js";
import { flattenRow } from "../metrics/flatten-row.js";
import { chartSvg, type VegaLiteSpec } from "./report/render-chart.js";
import { reportHtml } from "./report/report-html.js";
import type { ReportData } from "./report/report-data.js";

/** The symbol Deno's Jupyter kernel looks for: an object with this method displays as the bundle it returns. */
export const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

/** A rich display object for Deno's Jupyter kernel: a MIME bundle ("text/html", "image/svg+xml", "text/plain"). */
export interface JupyterDisplay {
  [JUPYTER_DISPLAY](): Record<string, string>;
}

const display = (bundle: Record<string, string>): JupyterDisplay => ({ [JUPYTER_DISPLAY]: () => bundle });

/**
 * Shows rows (or an arquero table) as an HTML table in a Deno Jupyter notebook; every cell escaped,
 * nested values flattened to dotted columns.
 *
 * @example
 * tableDisplay(summaryRows(metricsSummary(conversations, { by: "brand" })));   // last expression of a cell
 */
export function tableDisplay(rows: Iterable<object> | ColumnTable, options: { limit?: number } = {}): JupyterDisplay {
  const limit = options.limit ?? 50;
  const all = isTable(rows) ? rows.objects() : Array.from(rows);
  const flat = all.slice(0, limit).map(flattenRow);
  const columns = [...new Set(flat.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown) => (typeof value === "number" ? (Number.isInteger(value) ? String(value) : value.toPrecision(4)) : value === undefined || value === null ? "" : String(value));
  const table = html`<table><thead><tr>${columns.map((c) => html`<th>${c}</th>`)}</tr></thead><tbody>${flat.map((row) => html`<tr>${columns.map((c) => html`<td>${cell(row[c])}</td>`)}</tr>`)}</tbody></table>${all.length > limit ? html`<p>${all.length - limit} more rows</p>` : null}`;
  const plain = [columns.join("\t"), ...flat.map((row) => columns.map((c) => cell(row[c])).join("\t"))].join("\n");
  return display({ "text/html": table.markup, "text/plain": plain });
}

/**
 * Renders a Vega-Lite spec to SVG and shows it in a Deno Jupyter notebook.
 *
 * @example
 * await chartDisplay({ data: { values: rows }, mark: "bar", encoding: { x: { field: "brand" }, y: { field: "contacts", type: "quantitative" } } });
 */
export async function chartDisplay(spec: VegaLiteSpec): Promise<JupyterDisplay> {
  const svg = await chartSvg(spec);
  return display({ "image/svg+xml": svg, "text/plain": "[chart]" });
}

/**
 * Shows the whole HTML report in a notebook.
 *
 * @example
 * await reportDisplay(buildReport(conversations, { pilot: ["AppleSupport/AB"] }));
 */
export async function reportDisplay(data: ReportData): Promise<JupyterDisplay> {
  return display({ "text/html": await reportHtml(data), "text/plain": data.title });
}

function isTable(value: unknown): value is ColumnTable {
  return typeof (value as ColumnTable).objects === "function" && typeof (value as ColumnTable).numRows === "function";
}

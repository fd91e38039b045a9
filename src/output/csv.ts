/**
 * Writes rows as CSV (RFC 4180). Every cell is safe to open in a spreadsheet: a text that starts with
 * = + - @, a tab or a carriage return is prefixed with a single quote so it is not run as a formula
 * (OWASP's "CSV injection" advice). Numbers are written as numbers, dates as ISO 8601, null and undefined
 * as empty cells, objects as JSON.
 *
 * @example
 * toCsv([{ agent: "MM", note: "=HYPERLINK(\"x\")" }]);
 * // => 'agent,note\r\nMM,"\'=HYPERLINK(""x"")"\r\n'
 */
export function toCsv(rows: readonly Record<string, unknown>[], columns?: readonly string[]): string {
  const header = columns ?? columnsOf(rows);
  const lines = [header.map((name) => csvCell(name)).join(",")];
  for (const row of rows) lines.push(header.map((name) => csvCell(Object.hasOwn(row, name) ? row[name] : undefined)).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * One CSV cell: quoted when needed, formulas neutralised. Every CSV carelens writes goes through it
 * (`toCsv`, `metricsCsv`, the CLI's `--csv` and `--out file.csv`). An invalid date is an empty cell.
 *
 * @example
 * csvCell("-2+3"); // => "'-2+3"
 * csvCell(-2); // => "-2"
 * csvCell('say "hi", ok'); // => '"say ""hi"", ok"'
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date && !Number.isFinite(value.getTime())) return "";
  let text = value instanceof Date ? value.toISOString() : typeof value === "string" ? value : (JSON.stringify(value) ?? "");
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A cell a spreadsheet may run as a formula: it starts with = + - @ (also after spaces, and in their
 * full-width forms, which some spreadsheets read as the same), a tab or a carriage return.
 */
const FORMULA = /^(?:[ \u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/;

/** The union of the rows' keys, in first-seen order. */
function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

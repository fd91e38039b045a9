import { readFile } from "node:fs/promises";
import { CarelensError } from "../errors.js";
import { formats, type FormatName } from "../io/formats/index.js";
import type { ReadOptions } from "../io/read-export.js";
import type { LoadReport } from "../io/load-report.js";

/** The flags every command that reads an export shares. */
export interface ExportFlags {
  format?: string;
  mapping?: string;
  strict?: boolean;
  maxIssues?: string;
}

/**
 * Turns the shared flags into read options. `--mapping FILE` is a JSON file holding either a column
 * mapping ({ "conversationId": "ticket", ... }) or the mapped-format options ({ "mapping": {...},
 * "channel": "chat", "brand": "Acme" }).
 */
export async function readOptions(flags: ExportFlags): Promise<ReadOptions> {
  const format = flags.format;
  if (!format) throw new CarelensError(`missing --format: one of ${Object.keys(formats).join(", ")}`);
  if (!Object.hasOwn(formats, format)) throw new CarelensError(`unknown format "${format}": expected one of ${Object.keys(formats).join(", ")}`);
  const options: ReadOptions = { format: format as FormatName, strict: flags.strict ?? false };
  if (flags.maxIssues !== undefined) {
    const max = Number(flags.maxIssues);
    if (!Number.isInteger(max) || max < 0) throw new CarelensError(`--max-issues must be a whole number, got "${flags.maxIssues}"`);
    options.maxIssues = max;
  }
  if (flags.mapping) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(flags.mapping, "utf8"));
    } catch (error) {
      throw new CarelensError(`cannot read mapping "${flags.mapping}": ${(error as Error).message}`);
    }
    const object = (parsed ?? {}) as Record<string, unknown>;
    if (typeof object.mapping === "object" && object.mapping !== null) Object.assign(options, pick(object, ["mapping", "channel", "brand", "roleValues", "contiguous"]));
    else options.mapping = object as unknown as ReadOptions["mapping"];
  }
  return options;
}

function pick(object: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => Object.hasOwn(object, key)).map((key) => [key, object[key]]));
}

/**
 * An export from which nothing could be read (wrong --format, not a CSV/JSON file) is an input error:
 * one line naming the problem, exit code 2.
 */
export function assertReadable(file: string, report: LoadReport): void {
  if (report.messages > 0 || report.rejected === 0) return;
  const first = report.issues.find((issue) => issue.severity === "error");
  throw new CarelensError(`cannot read "${file}" as ${report.format}: ${first?.message ?? "no message could be read"}`);
}

import type { LoadIssue } from "./io/issues.js";
import { formatIssues } from "./io/issues.js";

/**
 * A programmer or usage error (unknown format, bad option, unreadable input). Its message starts with
 * "carelens:" and echoes the bad value.
 *
 * @example
 * throw new CarelensError('unknown format "tcws": expected one of twcs, ibm-cdp, abcd, zendesk, csv, json, ndjson');
 */
export class CarelensError extends Error {
  override name = "CarelensError";
  constructor(message: string) {
    super(message.startsWith("carelens:") ? message : `carelens: ${message}`);
  }
}

/**
 * Thrown by a strict load: carries every issue found in the export, not just the first.
 *
 * @example
 * try { await parseExport(text, { format: "twcs", strict: true }); }
 * catch (error) { if (error instanceof CarelensLoadError) console.log(error.issues.length); }
 */
export class CarelensLoadError extends CarelensError {
  override name = "CarelensLoadError";
  constructor(readonly issues: readonly LoadIssue[]) {
    super(`${issues.length} problem${issues.length === 1 ? "" : "s"} in the export\n${formatIssues(issues, 20)}`);
  }
}

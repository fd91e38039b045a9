import type { PilotComparison } from "../compare/compare-pilot.js";
import type { LoadReport } from "../io/load-report.js";
import { issueLocation } from "../io/issues.js";

/** One outcome of a pilot comparison as a flat row. */
export interface ComparisonRowOut {
  outcome: string;
  pilot: number | undefined;
  control: number | undefined;
  pilotAgents: number;
  controlAgents: number;
  pilotConversations: number;
  controlConversations: number;
  difference: number | undefined;
  relativeDifference: number | undefined;
  ciLow: number | undefined;
  ciHigh: number | undefined;
  pValue: number | undefined;
  pHolm: number | undefined;
  pBenjaminiHochberg: number | undefined;
  hedgesG: number | undefined;
  mde: number | undefined;
  method: string;
  warnings: string;
  definition: string;
}

/**
 * A pilot comparison as rows, one per outcome (for CSV, NDJSON and tables).
 *
 * @example
 * comparisonRows(result)[0]; // => { outcome: "firstResponseSeconds", pilot: 5210, control: 6100, difference: -890, ciLow: -2400, ciHigh: 620, pValue: 0.21, ... }
 */
export function comparisonRows(result: PilotComparison): ComparisonRowOut[] {
  return result.outcomes.map((o) => ({
    outcome: o.outcome,
    pilot: o.groups.pilot.value,
    control: o.groups.control.value,
    pilotAgents: o.groups.pilot.agents,
    controlAgents: o.groups.control.agents,
    pilotConversations: o.groups.pilot.conversations,
    controlConversations: o.groups.control.conversations,
    difference: o.difference.absolute,
    relativeDifference: o.difference.relative,
    ciLow: o.ci.low,
    ciHigh: o.ci.high,
    pValue: o.pValue,
    pHolm: o.adjustedPValue.holm,
    pBenjaminiHochberg: o.adjustedPValue.benjaminiHochberg,
    hedgesG: o.effectSize.hedgesG,
    mde: o.mde.absolute,
    method: o.method,
    warnings: o.warnings.join("; "),
    definition: o.definition,
  }));
}

/** One load issue as a flat row. */
export interface IssueRow {
  severity: string;
  code: string;
  where: string;
  line: number | undefined;
  record: number | undefined;
  field: string | undefined;
  message: string;
  input: string | undefined;
}

/**
 * The issues of a load report as rows (those kept in full; the report's counts are exact).
 *
 * @example
 * issueRows(report)[0]; // => { severity: "warning", code: "invalid-duration", where: "record 12 → dialogHeader.duration", ... }
 */
export function issueRows(report: Pick<LoadReport, "issues">): IssueRow[] {
  return report.issues.map((i) => ({ severity: i.severity, code: i.code, where: issueLocation(i), line: i.line, record: i.record, field: i.field, message: i.message, input: i.input }));
}

import type { Command } from "commander";
import { comparePilot, type PilotComparison } from "../../compare/compare-pilot.js";
import { CarelensError } from "../../errors.js";
import { writeResult } from "../../node/write-result.js";
import { comparisonRows } from "../../output/result-rows.js";
import { loadFile } from "../load-file.js";
import { readPilot } from "../read-pilot.js";
import { exportCommand, helpEpilogue, type SharedFlags } from "../shared-flags.js";
import { runCommand } from "../run-command.js";

interface CompareFlags extends SharedFlags {
  pilot?: string;
  prePeriod?: string;
  json?: boolean;
  seed: string;
  alpha: string;
  brand?: string;
}

/** `carelens compare FILE --format F --pilot agents.txt [--pre-period START..END] [--json]`. */
export function compareCommand(program: Command): void {
  exportCommand(program.command("compare").description("compare a pilot group of agents with the rest, with the agent as the unit"), "comparison.json (everything), comparison.csv or comparison.ndjson (one row per outcome)")
    .option("--pilot <file>", 'the pilot agents, one per line: "Brand/ID" or a bare ID ("#" starts a comment)')
    .option("--pre-period <range>", "before the pilot started, e.g. 2020-01-01..2020-03-01 (enables difference-in-differences)")
    .option("--brand <names>", "compare only conversations of these brands (comma-separated)")
    .option("--seed <n>", "seed of the random agent assignments", "1")
    .option("--alpha <a>", "significance level", "0.05")
    .option("--json", "print the whole comparison as one JSON object")
    .addHelpText(
      "after",
      helpEpilogue([
        "printf 'AmazonHelp/RK\\nAmazonHelp/TP\\n' > pilot.txt",
        "carelens compare ../shared/data/ibm-twitter-cdp/dev.json --format ibm-cdp --pilot pilot.txt --brand RockstarSupport,AmazonHelp",
        "carelens compare export.csv --format twcs --pilot pilot.txt --pre-period 2017-10-01..2017-10-15 --out comparison.csv",
      ]),
    )
    .action(runCommand((file: string, flags: CompareFlags) => compare(file, flags)));
}

async function compare(file: string, flags: CompareFlags): Promise<number> {
  if (!flags.pilot) throw new CarelensError("missing --pilot: a file listing the pilot agents, one per line");
  const pilot = await readPilot(flags.pilot);
  const seed = Number(flags.seed);
  const alpha = Number(flags.alpha);
  if (!Number.isInteger(seed)) throw new CarelensError(`--seed must be a whole number, got "${flags.seed}"`);
  if (!(alpha > 0 && alpha < 1)) throw new CarelensError(`--alpha must be between 0 and 1, got "${flags.alpha}"`);
  const prePeriod = flags.prePeriod ? parseRange(flags.prePeriod) : undefined;
  const { conversations, report } = await loadFile(file, flags);
  const brands = flags.brand?.split(",").map((b) => b.trim().toLowerCase()).filter(Boolean);
  const chosen = brands ? conversations.filter((c) => brands.includes(c.brand.toLowerCase())) : conversations;
  if (brands && chosen.length === 0) throw new CarelensError(`no conversation of brand ${flags.brand} in "${file}"; brands there: ${report.brands.join(", ")}`);
  const result = comparePilot(chosen, { pilot, seed, alpha, ...(prePeriod ? { prePeriod } : {}) });
  if (flags.out) await writeResult(flags.out, { document: result, rows: comparisonRows(result) });
  else process.stdout.write(flags.json ? `${JSON.stringify(result)}\n` : describeComparison(result));
  return flags.strict && report.issuesBySeverity.error + report.issuesBySeverity.warning > 0 ? 1 : 0;
}

function parseRange(range: string): { from: string; to: string } {
  const match = /^(.+)\.\.(.+)$/.exec(range);
  if (!match || Number.isNaN(Date.parse(match[1]!)) || Number.isNaN(Date.parse(match[2]!))) {
    throw new CarelensError(`--pre-period must be START..END with two dates, e.g. 2020-01-01..2020-03-01; got "${range}"`);
  }
  return { from: match[1]!, to: match[2]! };
}

const fmt = (value: number | undefined, digits = 2) => (value === undefined || !Number.isFinite(value) ? "–" : Math.abs(value) >= 1000 ? value.toFixed(0) : value.toFixed(digits));
const pct = (value: number | undefined) => (value === undefined ? "–" : `${(100 * value).toFixed(0)}%`);

/** The comparison as a readable table, with the method, the intervals and every warning. */
export function describeComparison(result: PilotComparison): string {
  const rows = result.outcomes.map((o) => [
    o.outcome,
    fmt(o.groups.pilot.value),
    fmt(o.groups.control.value),
    fmt(o.difference.absolute),
    pct(o.difference.relative),
    `[${fmt(o.ci.low)}, ${fmt(o.ci.high)}]`,
    fmt(o.pValue, 3),
    fmt(o.adjustedPValue.holm, 3),
    fmt(o.mde.absolute),
  ]);
  const header = ["outcome", "pilot", "control", "difference", "relative", `${Math.round(100 * result.options.level)}% interval`, "p", "p (Holm)", "MDE (80%)"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const methods = [...new Set(result.outcomes.map((o) => o.method))];
  const out = [
    `Pilot ${result.agents.pilot} agents / ${result.conversations.pilot} conversations vs control ${result.agents.control} agents / ${result.conversations.control} conversations (the agent is the unit).`,
    `${result.uncredited} conversations without a signed human reply were left out (no individual agent to credit)${result.outsidePeriod ? `; ${result.outsidePeriod} before the pre-period` : ""}.`,
    "",
    line(header),
    ...rows.map(line),
    "",
    `Method: ${methods.join("; ")}.`,
  ];
  const withDid = result.outcomes.filter((o) => o.differenceInDifferences);
  if (withDid.length > 0) {
    out.push("", "Difference-in-differences (pilot change minus control change, agent level):");
    for (const o of withDid) out.push(`  ${o.outcome}: ${fmt(o.differenceInDifferences!.difference)} [${fmt(o.differenceInDifferences!.ci.low)}, ${fmt(o.differenceInDifferences!.ci.high)}], p ${fmt(o.differenceInDifferences!.pValue, 3)}`);
  }
  out.push("", "Contact mix:");
  for (const mix of result.mix) out.push(`  ${mix.variable}: max standardized difference ${fmt(mix.maxStandardizedDifference)}, p ${fmt(mix.pValue, 3)}${mix.imbalanced ? "  ← the groups got a different mix of contacts" : ""}`);
  const warnings = [...result.warnings, ...result.outcomes.flatMap((o) => o.warnings.map((w) => `${o.outcome}: ${w}`))];
  if (warnings.length > 0) out.push("", "Warnings:", ...warnings.map((w) => `  ! ${w}`));
  return `${out.join("\n")}\n`;
}

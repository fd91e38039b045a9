import type { Command } from "commander";
import { formatIssues } from "../../io/issues.js";
import type { LoadReport } from "../../io/load-report.js";
import { writeResult } from "../../node/write-result.js";
import { issueRows } from "../../output/result-rows.js";
import { loadFile } from "../load-file.js";
import { runCommand } from "../run-command.js";
import { exportCommand, helpEpilogue, type SharedFlags } from "../shared-flags.js";

interface InspectFlags extends SharedFlags {
  json?: boolean;
}

/** `carelens inspect FILE --format F [--json]`: the load report, in words or as one JSON object. */
export function inspectCommand(program: Command): void {
  exportCommand(program.command("inspect").description("load an export and report what it holds and every rejected or repaired record"), "report.json (the load report), issues.csv or issues.ndjson (one row per issue)")
    .option("--json", "print one JSON object instead of words")
    .addHelpText(
      "after",
      helpEpilogue([
        "carelens inspect ../shared/data/ibm-twitter-cdp/test.json --format ibm-cdp",
        "carelens inspect twcs.csv --format twcs --json | jq .issuesByCode",
        "carelens inspect twcs.csv -f twcs --strict -o issues.csv",
      ]),
    )
    .action(
      runCommand(async (file: string, flags: InspectFlags) => {
        // Only the report is needed: conversations are dropped as they stream, so memory stays flat
        // however large the file (holding them all took 2.6 GB for 3 million tweets).
        const { report } = await loadFile(file, flags, { keep: false });
        if (flags.out) await writeResult(flags.out, { document: inspectJson(report), rows: issueRows(report) });
        else process.stdout.write(flags.json ? `${JSON.stringify(inspectJson(report))}\n` : describeReport(file, report));
        return flags.strict && report.issuesBySeverity.error + report.issuesBySeverity.warning > 0 ? 1 : 0;
      }),
    );
}

/** The `--json` shape: the report with the headline counts at the top level. */
export function inspectJson(report: LoadReport) {
  const { agents, ...rest } = report;
  return {
    ...rest,
    customerMessages: report.messagesByRole.customer,
    agentMessages: report.messagesByRole.agent,
    agents: agents.length,
    agentIds: agents,
  };
}

/** The load report in words. */
export function describeReport(file: string, report: LoadReport): string {
  const roles = report.messagesByRole;
  const span = report.firstMessageAt && report.lastMessageAt ? `${report.firstMessageAt.toISOString()} → ${report.lastMessageAt.toISOString()}` : "no times";
  const codes = Object.entries(report.issuesByCode)
    .sort((a, b) => b[1]! - a[1]!)
    .map(([code, count]) => `    ${code}: ${count}`)
    .join("\n");
  const lines = [
    `${file} (${report.format})`,
    `  ${report.records} records read, ${report.items} messages in them`,
    `  ${report.conversations} conversations, ${report.messages} messages (${roles.customer} customer, ${roles.agent} agent, ${roles.bot} bot, ${roles.system} system)`,
    `  ${report.agents.length} agents, ${report.brands.length} brands, ${span}`,
    `  ${report.rejected} rejected, ${report.issuesBySeverity.warning} repaired or incomplete, ${report.issuesBySeverity.info} notes`,
  ];
  if (codes) lines.push("  issues by kind:", codes);
  if (report.issues.length > 0) {
    lines.push("  first issues:", formatIssues(report.issues, 20).replace(/^/gm, "    "));
  }
  return `${lines.join("\n")}\n`;
}

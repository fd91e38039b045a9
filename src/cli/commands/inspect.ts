import type { Command } from "commander";
import { formatIssues } from "../../io/issues.js";
import type { LoadReport } from "../../io/load-report.js";
import { openExport } from "../../node/files.js";
import { assertReadable, readOptions, type ExportFlags } from "../read-options.js";
import { runCommand } from "../run-command.js";

interface InspectFlags extends ExportFlags {
  json?: boolean;
}

/** `carelens inspect FILE --format F [--json]`: the load report, in words or as one JSON object. */
export function inspectCommand(program: Command): void {
  program
    .command("inspect")
    .description("load an export and report what it holds and every rejected or repaired record")
    .argument("<file>", "the export file")
    .option("-f, --format <format>", "export format: twcs, ibm-cdp, abcd, zendesk, csv, json, ndjson")
    .option("--mapping <file>", "column mapping (JSON) for the csv, json and ndjson formats")
    .option("--json", "print one JSON object instead of words")
    .option("--strict", "exit 1 if any record was rejected or repaired")
    .option("--max-issues <n>", "issues to list in full (counts stay exact)", "10000")
    .addHelpText(
      "after",
      `
Examples:
  $ carelens inspect ../shared/data/ibm-twitter-cdp/test.json --format ibm-cdp
  $ carelens inspect twcs.csv --format twcs --json | jq .issuesByCode`,
    )
    .action(
      runCommand(async (file: string, flags: InspectFlags) => {
        // Only the report is needed: conversations are dropped as they stream, so memory stays flat
        // however large the file (holding them all took 2.6 GB for 3 million tweets).
        const stream = await openExport(file, await readOptions(flags));
        for await (const conversation of stream) void conversation;
        const report = stream.report;
        assertReadable(file, report);
        process.stdout.write(flags.json ? `${JSON.stringify(inspectJson(report))}\n` : describeReport(file, report));
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

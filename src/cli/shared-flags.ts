import type { Command } from "commander";

/** The flags every command that reads an export shares, as commander gives them. */
export interface SharedFlags {
  format?: string;
  mapping?: string;
  strict?: boolean;
  maxIssues?: string;
  quiet?: boolean;
  out?: string;
}

/**
 * Adds the export argument and the shared flags, defined once for every command: -f/--format, --mapping,
 * --strict, --max-issues, -q/--quiet and -o/--out (whose extension picks the output format).
 *
 * @example
 * exportCommand(program.command("metrics"), "a .json, .csv or .ndjson file");
 */
export function exportCommand(command: Command, out: string): Command {
  return command
    .argument("<file>", "the export file")
    .option("-f, --format <format>", "export format: twcs, ibm-cdp, abcd, zendesk, csv, json, ndjson")
    .option("--mapping <file>", "column mapping (JSON) for the csv, json and ndjson formats")
    .option("--strict", "exit 1 if any record was rejected or repaired")
    .option("--max-issues <n>", "load issues to keep in full (counts stay exact)", "10000")
    .option("-q, --quiet", "no progress bar (it is also off when stderr is not a terminal)")
    .option("-o, --out <file>", `write to a file: ${out}; the extension picks the format`);
}

/**
 * The help epilogue: examples, then the exit codes (the same for every command).
 *
 * @example
 * command.addHelpText("after", helpEpilogue(["carelens metrics x.json -f ibm-cdp"], "--strict found problems"));
 */
export function helpEpilogue(examples: readonly string[], findings = "with --strict: the export had rejected or repaired records"): string {
  return `
Examples:
${examples.map((e) => `  $ ${e}`).join("\n")}

Exit codes:
  0  ok
  1  findings: ${findings}
  2  usage or input error (bad flag, unreadable file, wrong --format); the problem is printed on stderr`;
}

import type { Command } from "commander";
import { CarelensError } from "../../errors.js";
import type { LoadReport } from "../../io/load-report.js";
import { compileSchedule, type CompiledSchedule } from "../../metrics/business-hours/business-schedule.js";
import { metricsSummaryAccumulator, type MetricsSummary, type MetricsSummaryOptions, type SummaryGroupBy } from "../../metrics/metrics-summary.js";
import { summaryRows } from "../../metrics/summary-rows.js";
import { fileSize, openExport } from "../../node/files.js";
import { writeResult } from "../../node/write-result.js";
import { openProgress } from "../progress.js";
import { exportCommand, helpEpilogue, type SharedFlags } from "../shared-flags.js";
import { toCsv } from "../../output/csv.js";
import { parseDurationFlag } from "../duration-flag.js";
import { describeSummary } from "../describe-summary.js";
import { assertReadable, readOptions } from "../read-options.js";
import { messageTone } from "../../text/tone.js";
import { readJson } from "../read-json.js";
import { runCommand } from "../run-command.js";

interface MetricsFlags extends SharedFlags {
  by?: string;
  tz?: string;
  businessHours?: string;
  window?: string;
  clockStart?: string;
  sla?: string;
  teams?: string;
  json?: boolean;
  csv?: boolean;
}

const GROUPS = ["agent", "brand", "channel", "team", "week", "month"];

/** `carelens metrics FILE --format F [...]`: the headline metrics with their definitions, streamed from the file. */
export function metricsCommand(program: Command): void {
  exportCommand(
    program.command("metrics").description("response rate, first response and reply times, handle time, with the definitions behind every number"),
    "metrics.json (the summary), metrics.csv or metrics.ndjson (one row for all, then one per group)",
  )
    .option("--by <key>", `split by ${GROUPS.join(", ")}, or a customer attribute name`)
    .option("--tz <zone>", "IANA time zone for weeks, months and hours (default UTC)")
    .option("--business-hours <file>", 'JSON schedule: { "timeZone", "week": { "mon": [["09:00","17:00"]], ... }, "holidays": [...], "breaks": [...] }')
    .option("--window <duration>", "count a reply as a response only within this time of the clock start (e.g. 24h); default: any reply")
    .option("--clock-start <start>", "first-customer-message (default) or conversation-creation")
    .option("--sla <targets>", "SLA targets, comma-separated (default 30m,60m)")
    .option("--teams <file>", 'JSON object mapping agents ("Brand/ID") to teams, for --by team')
    .option("--json", "print one JSON object")
    .option("--csv", "print CSV rows: all, then each group")
    .addHelpText(
      "after",
      helpEpilogue([
        "carelens metrics ../shared/data/ibm-twitter-cdp/dev.json --format ibm-cdp",
        "carelens metrics twcs.csv --format twcs --by brand --tz America/New_York --business-hours hours.json --json",
        "carelens metrics chats.csv --format csv --mapping mapping.json --by signupCohort --out metrics.csv",
      ]),
    )
    .action(
      runCommand(async (file: string, flags: MetricsFlags) => {
        const options = await summaryOptions(flags);
        const read = await readOptions(flags);
        const accumulator = oneLine(() => metricsSummaryAccumulator(options));
        const progress = openProgress(await fileSize(file), { quiet: flags.quiet });
        let bytes = 0;
        const stream = await openExport(file, { ...read, onBytes: (n) => progress.update("reading", (bytes += n)) });
        for await (const conversation of stream) accumulator.add(conversation);
        progress.stop();
        assertReadable(file, stream.report);
        const summary = accumulator.result();
        if (flags.out) await writeResult(flags.out, { document: JSON.parse(metricsJson(file, stream.report, summary)), rows: summaryRows(summary) });
        else process.stdout.write(flags.json ? `${metricsJson(file, stream.report, summary)}\n` : flags.csv ? toCsv(summaryRows(summary)) : describeSummary(file, stream.report, summary));
        return read.strict && stream.report.issuesBySeverity.error + stream.report.issuesBySeverity.warning > 0 ? 1 : 0;
      }),
    );
}

/** The `--json` document: the summary, undefined statistics as null, with the load counts beside it. */
export function metricsJson(file: string, report: LoadReport, summary: MetricsSummary): string {
  const load = { file, format: report.format, conversations: report.conversations, messages: report.messages, rejected: report.rejected, issues: report.issues.length };
  return JSON.stringify({ ...summary, load }, (_key, value) => (value === undefined ? null : value));
}

async function summaryOptions(flags: MetricsFlags): Promise<MetricsSummaryOptions> {
  // Customer tone from carelens's tone reader, so the splits by tone ("answers the praise, ignores the complaints") show.
  const options: MetricsSummaryOptions = { toneOf: (message) => messageTone(message.text).tone };
  if (flags.by) options.by = (GROUPS.includes(flags.by) ? flags.by : { attribute: flags.by }) as SummaryGroupBy;
  if (flags.tz) options.timeZone = flags.tz;
  if (flags.window) options.windowSeconds = parseDurationFlag("--window", flags.window);
  if (flags.clockStart) {
    if (flags.clockStart !== "first-customer-message" && flags.clockStart !== "conversation-creation") {
      throw new CarelensError(`--clock-start must be first-customer-message or conversation-creation, got "${flags.clockStart}"`);
    }
    options.clockStart = flags.clockStart;
  }
  if (flags.sla) options.slaTargetsSeconds = flags.sla.split(",").map((target) => parseDurationFlag("--sla", target));
  if (flags.businessHours) options.businessHours = await schedule(flags.businessHours);
  if (flags.teams) {
    const teams = new Map(Object.entries((await readJson<Record<string, unknown>>(flags.teams, "--teams"))).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
    options.teamOf = (agent) => teams.get(agent);
  }
  if (options.by === "team" && !options.teamOf) throw new CarelensError("--by team needs --teams FILE (a JSON object mapping agents to teams)");
  return options;
}

async function schedule(path: string): Promise<CompiledSchedule> {
  const json = await readJson<Parameters<typeof compileSchedule>[0]>(path, "--business-hours");
  return oneLine(() => compileSchedule(json), `--business-hours "${path}": `);
}

/** Runs `make`, turning a multi-line CarelensError (a list of zod issues) into one line. */
function oneLine<T>(make: () => T, prefix = ""): T {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof CarelensError)) throw error;
    const [first, ...rest] = error.message.replace(/^carelens: /, "").replace(/\n\s*→ at /g, " at ").split("\n");
    throw new CarelensError(`${prefix}${first}${rest.length > 0 ? ` ${rest.map((line) => line.replace(/^\s*✖\s*/, "").trim()).join("; ")}` : ""}`);
  }
}


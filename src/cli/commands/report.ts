import type { Command } from "commander";
import { CarelensError } from "../../errors.js";
import { buildReport } from "../../output/report/build-report.js";
import { writeReport } from "../../node/write-report.js";
import { openRawWriter } from "../../node/write-result.js";
import { reportHtmlChunks } from "../../output/report/report-html.js";
import { loadFile } from "../load-file.js";
import { readPilot } from "../read-pilot.js";
import { runCommand } from "../run-command.js";
import { exportCommand, helpEpilogue, type SharedFlags } from "../shared-flags.js";

interface ReportFlags extends SharedFlags {
  pilot?: string;
  tz?: string;
  title?: string;
}

/** `carelens report FILE --format F --out report.html [--pilot agents.txt] [--tz Z]`. */
export function reportCommand(program: Command): void {
  exportCommand(program.command("report").description("write a self-contained HTML report (charts, scorecards, evidence; no script, no network) or its data as JSON"), "report.html or report.json")
    .option("--pilot <file>", 'pilot agents, one per line ("Brand/ID" or a bare ID): adds pilot vs control')
    .option("--tz <zone>", "IANA time zone for the timeline and hour × weekday coverage (default UTC)")
    .option("--title <text>", "the report's title")
    .addHelpText(
      "after",
      helpEpilogue([
        "carelens report ../shared/data/ibm-twitter-cdp/test.json -f ibm-cdp -o report.html",
        "carelens report export.csv -f twcs --pilot pilot.txt --tz America/New_York -o report.html",
        "carelens report export.json -f ibm-cdp -o report.json        # the report's data",
      ]),
    )
    .action(runCommand((file: string, flags: ReportFlags) => report(file, flags)));
}

async function report(file: string, flags: ReportFlags): Promise<number> {
  if (flags.out && !/\.(?:html?|json)$/i.test(flags.out)) throw new CarelensError(`--out must name a .html or .json file, got "${flags.out}"`);
  if (flags.tz) checkTimeZone(flags.tz);
  const pilot = flags.pilot ? await readPilot(flags.pilot) : undefined;
  const { conversations, report: load } = await loadFile(file, flags);
  const data = buildReport(conversations, { load, file: file.split(/[\\/]/).pop() ?? file, ...(pilot ? { pilot } : {}), ...(flags.tz ? { timeZone: flags.tz } : {}), ...(flags.title ? { title: flags.title } : {}) });
  if (flags.out) await writeReport(flags.out, data);
  else {
    const out = openRawWriter(undefined);
    for await (const piece of reportHtmlChunks(data)) await out.write(piece);
  }
  if (!flags.quiet && flags.out) process.stderr.write(`carelens: wrote ${flags.out} (${data.metrics.contacts} contacts, ${data.agents.length} agents${pilot ? `, pilot of ${pilot.length}` : ""})\n`);
  return flags.strict && load.issuesBySeverity.error + load.issuesBySeverity.warning > 0 ? 1 : 0;
}

function checkTimeZone(zone: string): void {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
  } catch {
    throw new CarelensError(`--tz must be an IANA time zone like "Europe/London", got "${zone}"`);
  }
}

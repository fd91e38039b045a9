import type { Command } from "commander";
import { CarelensError } from "../../errors.js";
import { fileSize } from "../../node/files.js";
import { runCareJob } from "../../node/run-care-job.js";
import { writeResult } from "../../node/write-result.js";
import { summaryRows } from "../../metrics/summary-rows.js";
import { TemplateLibrary, type TemplateLibraryData } from "../../scoring/template-library.js";
import { describeScores } from "../describe-scores.js";
import { describeSummary } from "../describe-summary.js";
import { openProgress } from "../progress.js";
import { assertReadable, readOptions } from "../read-options.js";
import { readJson } from "../read-json.js";
import { runCommand } from "../run-command.js";
import { exportCommand, helpEpilogue, type SharedFlags } from "../shared-flags.js";

interface RunFlags extends SharedFlags {
  workers?: string;
  templates?: string;
  config?: string;
  tz?: string;
  json?: boolean;
}

/** `carelens run FILE --format F [--workers N]`: the whole job (score every rubric, the headline metrics), on every core. */
export function runJobCommand(program: Command): void {
  exportCommand(program.command("run").description("the whole job in one streaming pass: score every reply with every rubric and compute the headline metrics, on all cores"), "run.json (scores and metrics) or run.csv (the metrics rows)")
    .option("--workers <n>", "worker threads for TWCS files (default: up to 2, one per core, for files of 100 MB or more; 1 below)")
    .option("--templates <file>", "use this template library (JSON, from carelens score --save-templates) instead of mining the export")
    .option("--config <file>", 'rubric configuration (JSON): { "vent-wait": { "minimumWaitSeconds": 90 }, ... }')
    .option("--tz <zone>", "IANA time zone for the metrics (default UTC)")
    .option("--json", "print one JSON object: { load, scores, metrics, timings }")
    .addHelpText(
      "after",
      helpEpilogue([
        "carelens run ../shared/data/ibm-twitter-cdp/test.json --format ibm-cdp",
        "carelens run twcs.csv --format twcs --workers 2 --json > run.json",
      ]),
    )
    .action(runCommand((file: string, flags: RunFlags) => run(file, flags)));
}

async function run(file: string, flags: RunFlags): Promise<number> {
  const read = await readOptions(flags);
  const workers = flags.workers === undefined ? undefined : Number(flags.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) throw new CarelensError(`--workers must be a whole number from 1, got "${flags.workers}"`);
  const templates = flags.templates ? TemplateLibrary.fromJSON(await readJson<TemplateLibraryData>(flags.templates, "template library")) : undefined;
  const config = flags.config ? await readJson<Record<string, Record<string, unknown>>>(flags.config, "rubric configuration") : undefined;
  const progress = openProgress(await fileSize(file), { quiet: flags.quiet });
  const result = await runCareJob(file, {
    read: { ...read, strict: false },
    workers,
    templates,
    config,
    metrics: flags.tz ? { timeZone: flags.tz } : {},
    onProgress: (pass, bytes) => progress.update(pass === 1 ? "mining templates" : "scoring", bytes),
  }).finally(() => progress.stop());
  assertReadable(file, result.report);
  const { report, scores, metrics, timings } = result;
  const load = { file, format: report.format, conversations: report.conversations, messages: report.messages, rejected: report.rejected, issues: report.issuesBySeverity };
  if (flags.json || flags.out) await writeResult(flags.json ? undefined : flags.out, { document: { load, scores, metrics, timings }, rows: summaryRows(metrics) });
  else process.stdout.write(`${describeScores(file, scores, result.templates, report.rejected)}\n${describeSummary(file, report, metrics)}`);
  return read.strict && report.issuesBySeverity.error + report.issuesBySeverity.warning > 0 ? 1 : 0;
}

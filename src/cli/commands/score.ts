import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { CarelensError } from "../../errors.js";
import { conversationRecord, flatRecord, messageRecords } from "../../output/score-records.js";
import { fileSize } from "../../node/files.js";
import { formatFromPath, openRecordWriter } from "../../node/record-writer.js";
import { scoreFile } from "../../node/score-file.js";
import { ScoreSummary } from "../../scoring/score-summary.js";
import { TemplateLibrary, type TemplateLibraryData } from "../../scoring/template-library.js";
import { describeScores } from "../describe-scores.js";
import { openProgress } from "../progress.js";
import { assertReadable, readOptions } from "../read-options.js";
import { exportCommand, helpEpilogue, type SharedFlags } from "../shared-flags.js";
import { readJson } from "../read-json.js";
import { runCommand } from "../run-command.js";

interface ScoreFlags extends SharedFlags {
  json?: boolean;
  per: string;
  templates?: string;
  saveTemplates?: string;
  config?: string;
}

/** `carelens score FILE --format F [--json] [--per message|conversation] [--out F]`. */
export function scoreCommand(program: Command): void {
  exportCommand(program.command("score").description("score every agent reply and conversation against the care rubrics, with evidence"), "scores.csv, scores.json, scores.ndjson or scores.jsonl (the records)")
    .option("--json", "write NDJSON records to stdout (one per message, or per conversation with --per)")
    .option("--per <unit>", "message or conversation", "message")
    .option("--templates <file>", "use this template library (JSON) instead of mining the export")
    .option("--save-templates <file>", "write the mined template library (JSON)")
    .option("--config <file>", 'rubric configuration (JSON): { "vent-wait": { "minimumWaitSeconds": 90 }, ... }')
    .addHelpText(
      "after",
      helpEpilogue([
        "carelens score ../shared/data/ibm-twitter-cdp/test.json --format ibm-cdp",
        "carelens score ../shared/data/twcs-sample/sample.csv --format twcs --json | head -3",
        "carelens score export.json --format ibm-cdp --per conversation --out scores.csv",
      ]),
    )
    .action(runCommand((file: string, flags: ScoreFlags) => score(file, flags)));
}

async function score(file: string, flags: ScoreFlags): Promise<number> {
  if (flags.per !== "message" && flags.per !== "conversation") throw new CarelensError(`--per must be "message" or "conversation", got "${flags.per}"`);
  if (flags.out) formatFromPath(flags.out);
  const read = await readOptions(flags);
  const templates = flags.templates ? TemplateLibrary.fromJSON(await readJson<TemplateLibraryData>(flags.templates, "template library")) : undefined;
  const config = flags.config ? await readJson<Record<string, Record<string, unknown>>>(flags.config, "rubric configuration") : undefined;
  const progress = openProgress(await fileSize(file), { quiet: flags.quiet });
  const run = await scoreFile(file, { read, templates, config, onProgress: (pass, bytes) => progress.update(pass === 1 ? "mining templates" : "scoring", bytes) });
  if (flags.saveTemplates) await writeFile(flags.saveTemplates, JSON.stringify(run.scorer.templates.toJSON()));
  const messageRubrics = run.scorer.rubrics.filter((r) => r.level === "message").map((r) => r.id);
  const rubricIds = run.scorer.rubrics.map((r) => r.id);
  const columns =
    flags.per === "message"
      ? ["conversationId", "messageId", "role", "agentId", "sentAt", "tone", "asksQuestion", "givesAnswer", ...messageRubrics.flatMap((id) => [`${id}.label`, `${id}.score`, `${id}.evidence`])]
      : ["conversationId", "brand", "channel", "agentIds", "scorecard.total", ...rubricIds.flatMap((id) => [`${id}.label`, `${id}.score`, `${id}.evidence`])];
  const writer = flags.json || flags.out ? openRecordWriter(flags.out, { columns }) : undefined;
  const csv = flags.out ? formatFromPath(flags.out) === "csv" : false;
  const summary = new ScoreSummary();
  for await (const { conversation, score } of run.scores) {
    summary.add(score);
    if (!writer) continue;
    const records = flags.per === "message" ? messageRecords(score) : [conversationRecord(score, conversation)];
    for (const record of records) await writer.write(csv ? flatRecord(record) : (record as unknown as Record<string, unknown>));
  }
  progress.stop();
  await writer?.close();
  const report = run.report();
  assertReadable(file, report);
  if (!flags.json) process.stdout.write(describeScores(file, summary.result(), run.scorer.templates, report.rejected));
  if (read.strict && report.issuesBySeverity.error + report.issuesBySeverity.warning > 0) return 1;
  return 0;
}

/**
 * Batch-scores every export in a folder and writes one CSV row per conversation, plus a summary line per
 * file on stderr. Bad rows are reported, never fatal.
 *
 *   npx tsx examples/score-folder.ts ../shared/data/ibm-twitter-cdp ibm-cdp scores.csv
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { ScoreSummary, conversationRecord, flatRecord, type FormatName } from "carelens";
import { openRecordWriter, scoreFile } from "carelens/node";

const [folder = "../shared/data/ibm-twitter-cdp", format = "ibm-cdp", out = "scores.csv"] = process.argv.slice(2);
const files = (await readdir(folder)).filter((name) => /\.(?:json|csv|ndjson|jsonl)$/i.test(name)).sort();
const writer = openRecordWriter(out);
for (const name of files) {
  const run = await scoreFile(join(folder, name), { read: { format: format as FormatName } });
  const summary = new ScoreSummary();
  for await (const { conversation, score } of run.scores) {
    summary.add(score);
    await writer.write({ file: name, ...flatRecord(conversationRecord(score, conversation)) });
  }
  const s = summary.result();
  const report = run.report();
  console.error(`${name}: ${s.conversations} conversations, mean scorecard total ${s.meanTotal ?? "n/a"}, ${report.issues.length} load issues`);
}
await writer.close();
console.error(`wrote ${out}`);

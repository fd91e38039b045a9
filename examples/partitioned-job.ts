/**
 * The whole job split into partitions that run as separate processes, the way a Spark or Ray job would run
 * carelens: the driver mines the reply templates once and cuts the file into byte ranges; each task scores
 * its range and writes back only its job state (JSON) and the rows of threads that cross its edges; the
 * driver joins those rows, scores them and merges the states. Prints the same figures as one process.
 *
 *   npx tsx examples/partitioned-job.ts ../shared/data/twcs-sample/spotifycares_inbound.csv 4
 *
 * In Spark: `spark.sparkContext.parallelize(ranges).pipe("node task.js")` or a pandas UDF that calls the
 * task; in Ray: one `@ray.remote` task per range. Exports already grouped by conversation (chat, email,
 * Zendesk) need no joining: partition by conversation id and merge the states.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { careJobStateFromJson, careJobStateToJson, createCareJob, joinTwcsParts, readTwcsPart, TemplateLibrary, type TwcsRow } from "carelens";
import { fileChunks, mineFileTemplates, partitionCsvFile, type FileRange } from "carelens/node";

const [file = "../shared/data/twcs-sample/spotifycares_inbound.csv", partitions = "4", task] = process.argv.slice(2);

if (task) {
  // A task: its byte range of the file in, its state and open rows out (small: aggregates, not texts).
  const { range, header, first, templates, out } = JSON.parse(task) as { range: FileRange; header: string; first: boolean; templates: string; out: string };
  const job = createCareJob({ templates: TemplateLibrary.fromJSON(JSON.parse(readFileSync(templates, "utf8"))) });
  const part = readTwcsPart(fileChunks(file, range), { header, firstLine: range.firstLine, headerIssues: first });
  for await (const conversation of part) job.count(conversation);
  writeFileSync(out, JSON.stringify({ state: careJobStateToJson(job.state()), records: part.report.records, openRows: part.openRows() }));
} else {
  // The driver.
  const dir = mkdtempSync(join(tmpdir(), "carelens-partitions-"));
  const templatesFile = join(dir, "templates.json");
  const templates = await mineFileTemplates(file, { read: { format: "twcs" } });
  writeFileSync(templatesFile, JSON.stringify(templates.toJSON()));
  const { header, ranges } = await partitionCsvFile(file, Number(partitions), (line) => /^\d+,/.test(line));
  const outputs = ranges.map((range, i) => {
    const out = join(dir, `part-${i}.json`);
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), file, partitions, JSON.stringify({ range, header, first: i === 0, templates: templatesFile, out })], { stdio: "inherit" });
    return JSON.parse(readFileSync(out, "utf8")) as { state: string; records: number; openRows: TwcsRow[] };
  });
  const job = createCareJob({ templates });
  const open: TwcsRow[] = [];
  let offset = 0;
  for (const output of outputs) {
    job.merge(careJobStateFromJson(output.state));
    for (const row of output.openRows) open.push({ ...row, order: row.order + offset });
    offset += output.records;
  }
  for (const conversation of joinTwcsParts(open).conversations) job.count(conversation);
  const { scores, metrics } = job.result();
  console.log(JSON.stringify({ partitions: ranges.length, conversations: scores.conversations, responseRate: metrics.responseRate, firstResponseMedianSeconds: metrics.firstResponseTime.medianSeconds, labels: scores.labels, meanScorecardTotal: scores.meanTotal }));
}

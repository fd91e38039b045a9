#!/usr/bin/env node
/**
 * `npm run bench`: the whole job on generated TWCS-shaped files (300k and 3M rows), each stage in a fresh
 * process so peak RSS is its own; latency of scoring one conversation and of checkDraft; and the checks
 * that speed did not change a label (fast vs reference matching on the real exports, parallel vs one
 * thread on the 300k file). Writes bench/results/<date>.json and bench/results/latest.md.
 * Each timed stage runs `--repeat` times (default 3): this 2-core machine's identical runs differ by up to
 * 30%, so the figures are the median run's, with the fastest and slowest beside them.
 *
 * Usage: npm run bench [-- --sizes 300000,3000000 --workers 2 --repeat 3 --skip-single]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "300000,3000000" },
    workers: { type: "string", default: "2" },
    repeat: { type: "string", default: "3" },
    "skip-single": { type: "boolean", default: false },
  },
});
const here = new URL(".", import.meta.url).pathname;
const dataDir = `${here}.data`;
mkdirSync(dataDir, { recursive: true });
mkdirSync(`${here}results`, { recursive: true });

const stage = (...args) => {
  process.stderr.write(`  ${args.join(" ")} ...`);
  const out = execFileSync(process.execPath, [`${here}stage.mjs`, ...args], { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "inherit"] });
  const result = JSON.parse(out.trim().split("\n").pop());
  process.stderr.write(` ${(result.wallMs / 1000).toFixed(1)} s\n`);
  return result;
};

const repeat = Math.max(1, Number(values.repeat));
/** The stage run `repeat` times: the median run (by wall time), with every run's wall time and result. */
const repeated = (...args) => {
  const runs = Array.from({ length: repeat }, () => stage(...args)).sort((a, b) => a.wallMs - b.wallMs);
  return { ...runs[(runs.length - 1) >> 1], runs };
};
const range = (run) => ({ minSeconds: run.runs[0].wallMs / 1000, maxSeconds: run.runs.at(-1).wallMs / 1000, runs: run.runs.length });

const machine = { cpu: cpus()[0]?.model, cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
const results = { date: new Date().toISOString(), machine, sizes: [] };
let failed = false;

for (const rows of values.sizes.split(",").map(Number)) {
  const file = `${dataDir}/twcs-${rows}.csv`;
  if (!existsSync(file)) execFileSync(process.execPath, [`${here}generate-twcs.mjs`, "--rows", String(rows), "--out", file], { stdio: ["ignore", "ignore", "inherit"] });
  process.stderr.write(`${rows} rows (${file})\n`);
  const parse = repeated("parse", file);
  const csvParse = repeated("parse-csv-parse", file);
  const load = repeated("load", file);
  const parallel = repeated("job", file, values.workers);
  const single = values["skip-single"] ? undefined : repeated("job", file, "1");
  // Every run, on workers or on one thread, must give the same result.
  const sameResults = single ? [...parallel.runs, ...single.runs].every((run) => JSON.stringify(run.result) === JSON.stringify(single.result)) : undefined;
  if (sameResults === false) failed = true;
  const t = parallel.timings;
  results.sizes.push({
    rows,
    messages: parallel.messages,
    conversations: parallel.conversations,
    wholeJob: { seconds: parallel.wallMs / 1000, ...range(parallel), cpuSeconds: parallel.cpuMs / 1000, peakRssMB: Math.max(...parallel.runs.map((run) => run.peakRssMB)), workers: t.workers, messagesPerSecond: parallel.messages / (parallel.wallMs / 1000) },
    parseFloor: { seconds: parse.wallMs / 1000, ...range(parse), peakRssMB: parse.peakRssMB },
    timesParseFloor: parallel.wallMs / parse.wallMs,
    csvParse: { seconds: csvParse.wallMs / 1000, ...range(csvParse), records: csvParse.records },
    timesCsvParse: parallel.wallMs / csvParse.wallMs,
    stages: {
      parseSeconds: parse.wallMs / 1000,
      threadSeconds: (load.wallMs - parse.wallMs) / 1000,
      mineTemplatesSeconds: t.mineMs / 1000,
      scoreCpuSeconds: t.scoreMs / 1000,
      aggregateCpuSeconds: t.aggregateMs / 1000,
      secondPassSeconds: t.passMs / 1000,
    },
    fileMB: statSync(file).size / 1e6,
    loadOnly: { seconds: load.wallMs / 1000, ...range(load), peakRssMB: Math.max(...load.runs.map((run) => run.peakRssMB)), rowsPerSecond: rows / (load.wallMs / 1000), mbPerSecond: statSync(file).size / 1e6 / (load.wallMs / 1000) },
    singleThread: single && { seconds: single.wallMs / 1000, ...range(single), cpuSeconds: single.cpuMs / 1000, peakRssMB: Math.max(...single.runs.map((run) => run.peakRssMB)), scoreCpuSeconds: single.timings.scoreMs / 1000, aggregateCpuSeconds: single.timings.aggregateMs / 1000 },
    parallelSameAsSingleThread: sameResults,
  });
}

process.stderr.write("latency\n");
const latency = stage("latency");
results.latency = { scoreConversationMs: latency.scoreMs, checkDraftMs: latency.checkDraftMs, scoreConversationCpuMs: latency.scoreCpuMs, checkDraftCpuMs: latency.checkDraftCpuMs, scorePerConversationMs: latency.scorePerConversationMs, checkDraftPerConversationMs: latency.checkDraftPerConversationMs, conversations: latency.conversations, medianMessages: latency.medianMessages };
process.stderr.write("fast vs reference matching on the real exports\n");
const reference = stage("reference");
results.referenceMatching = reference.exports;
if (!reference.same) failed = true;

const day = results.date.slice(0, 10);
writeFileSync(`${here}results/${day}.json`, `${JSON.stringify(results, null, 2)}\n`);
const md = summary(results);
writeFileSync(`${here}results/latest.md`, md);
process.stdout.write(md);
if (failed) {
  console.error("bench: a fast path changed a result (see above)");
  process.exit(1);
}

function summary(r) {
  const f = (x, d = 1) => (x === undefined ? "-" : x.toFixed(d));
  const lines = [
    `Benchmark ${r.date} on ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGB} GB, Node ${r.machine.node} (\`npm run bench\`)`,
    "",
    `Times are the median of ${r.sizes[0]?.wholeJob.runs ?? 1} runs of each stage (fastest-slowest in brackets); peak RSS is the highest of the runs; the stage breakdown is the median run's.`,
    "",
    "| rows | messages | whole job | msgs/s | peak RSS | parse floor | x floor | parse | thread | mine | score (CPU) | aggregate (CPU) | 1 thread | same as 1 thread |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|",
    ...r.sizes.map((s) =>
      `| ${s.rows.toLocaleString("en")} | ${s.messages.toLocaleString("en")} | ${f(s.wholeJob.seconds)} s (${f(s.wholeJob.minSeconds)}-${f(s.wholeJob.maxSeconds)}; ${s.wholeJob.workers} workers) | ${Math.round(s.wholeJob.messagesPerSecond).toLocaleString("en")} | ${Math.round(s.wholeJob.peakRssMB)} MB | ${f(s.parseFloor.seconds, 2)} s (${f(s.parseFloor.minSeconds, 2)}-${f(s.parseFloor.maxSeconds, 2)}) | ${f(s.timesParseFloor)} | ${f(s.stages.parseSeconds, 2)} s | ${f(s.stages.threadSeconds, 2)} s | ${f(s.stages.mineTemplatesSeconds)} s | ${f(s.stages.scoreCpuSeconds)} s | ${f(s.stages.aggregateCpuSeconds)} s | ${s.singleThread ? `${f(s.singleThread.seconds)} s (${f(s.singleThread.minSeconds)}-${f(s.singleThread.maxSeconds)}), ${Math.round(s.singleThread.peakRssMB)} MB` : "-"} | ${s.parallelSameAsSingleThread === undefined ? "-" : s.parallelSameAsSingleThread ? "yes" : "**no**"} |`,
    ),
    "",
    `For comparison, csv-parse (the field's streaming CSV parser) reads the same files, doing nothing else, in ${r.sizes.map((s) => `${f(s.csvParse.seconds, 2)} s (${s.rows.toLocaleString("en")} rows; the whole job is ${f(s.timesCsvParse)}x that)`).join(" and ")}. The parse floor above is carelens's own tokenizer.`,
    "",
    "Load and thread only (streaming, no scoring):",
    "",
    "| rows | file | seconds | rows/s | MB/s | peak RSS |",
    "|---:|---:|---:|---:|---:|---:|",
    ...r.sizes.map((s) => `| ${s.rows.toLocaleString("en")} | ${Math.round(s.fileMB)} MB | ${f(s.loadOnly.seconds, 2)} (${f(s.loadOnly.minSeconds, 2)}-${f(s.loadOnly.maxSeconds, 2)}) | ${Math.round(s.loadOnly.rowsPerSecond).toLocaleString("en")} | ${f(s.loadOnly.mbPerSecond)} | ${Math.round(s.loadOnly.peakRssMB)} MB |`),
    "",
    `Latency (ibm-twitter-cdp/test.json, ${r.latency.conversations} conversations, median ${r.latency.medianMessages} messages, warm scorer, ${r.latency.scoreConversationMs.n} runs): score one conversation p50 ${f(r.latency.scoreConversationMs.p50, 3)} ms, p99 ${f(r.latency.scoreConversationMs.p99, 3)} ms; checkDraft p50 ${f(r.latency.checkDraftMs.p50, 3)} ms, p99 ${f(r.latency.checkDraftMs.p99, 3)} ms. In CPU time of the process (not inflated by other processes on the core): score p99 ${f(r.latency.scoreConversationCpuMs.p99, 3)} ms, checkDraft p99 ${f(r.latency.checkDraftCpuMs.p99, 3)} ms. Each conversation's median of its 5 runs (its own work, without pauses from collecting earlier garbage): score p50 ${f(r.latency.scorePerConversationMs.p50, 3)} ms, p99 ${f(r.latency.scorePerConversationMs.p99, 3)} ms; checkDraft p50 ${f(r.latency.checkDraftPerConversationMs.p50, 3)} ms, p99 ${f(r.latency.checkDraftPerConversationMs.p99, 3)} ms.`,
    "",
    "Fast vs reference matching (same scores, JSON-identical, on every conversation):",
    "",
    "| export | conversations | differing | reference | fast |",
    "|---|---:|---:|---:|---:|",
    ...r.referenceMatching.map((e) => `| ${e.export} | ${e.conversations} | ${e.differing} | ${Math.round(e.referenceMs)} ms | ${Math.round(e.fastMs)} ms |`),
    "",
  ];
  return lines.join("\n");
}

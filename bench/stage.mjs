#!/usr/bin/env node
/**
 * One benchmark stage in a fresh process, so its peak RSS is its own: prints one JSON line.
 *
 *   node bench/stage.mjs parse FILE          the floor: read, decode and tokenize the CSV, nothing else
 *   node bench/stage.mjs parse-csv-parse FILE  the same with csv-parse, the field's streaming CSV parser
 *                                            (for comparison: carelens's own tokenizer is the floor)
 *   node bench/stage.mjs load FILE           parse + build messages + rebuild threads
 *   node bench/stage.mjs job FILE WORKERS [HEAP_MB]
 *                                            the whole job: mine templates, load, thread, score every
 *                                            rubric with evidence, aggregate the metrics (HEAP_MB: the
 *                                            workers' heap cap, runCareJob's workerHeapMb; 0 = none)
 *   node bench/stage.mjs latency             p50/p99 of scoring one conversation and of checkDraft
 *                                            (ibm-twitter-cdp/test.json, warm scorer)
 *   node bench/stage.mjs reference           fast vs reference matching: same scores on every real export?
 */
import { checkDraft, createScorer, CsvTokenizer, quantile, useReferenceMatching } from "../dist/index.js";
import { fileChunks, loadExport, mineFileTemplates, openExport, runCareJob } from "../dist/node/index.js";

const DATA = new URL("../../shared/data/", import.meta.url).pathname;
const REAL_EXPORTS = [
  ["ibm-twitter-cdp/dev.json", "ibm-cdp"],
  ["ibm-twitter-cdp/test.json", "ibm-cdp"],
  ["twcs-sample/sample.csv", "twcs"],
  ["twcs-sample/spotifycares_inbound.csv", "twcs"],
  ["abcd-sample/abcd_sample.json", "abcd"],
];

const [stage, file, workers = "2", heapMb] = process.argv.slice(2);
const started = performance.now();
const cpu = process.cpuUsage();
let extra = {};

if (stage === "parse") {
  let records = 0;
  const tokenizer = new CsvTokenizer({ onRecord: () => records++, onProblem: () => {} });
  const decoder = new TextDecoder();
  for await (const chunk of fileChunks(file)) tokenizer.push(decoder.decode(chunk, { stream: true }));
  tokenizer.push(decoder.decode());
  tokenizer.end();
  extra = { records };
} else if (stage === "parse-csv-parse") {
  const { parse } = await import("csv-parse");
  const { createReadStream } = await import("node:fs");
  let records = 0;
  for await (const _ of createReadStream(file).pipe(parse({ relax_column_count: true }))) records++;
  extra = { records };
} else if (stage === "load") {
  let conversations = 0;
  let messages = 0;
  for await (const conversation of await openExport(file, { format: "twcs" })) {
    conversations++;
    messages += conversation.messages.length;
  }
  extra = { conversations, messages };
} else if (stage === "job") {
  const run = await runCareJob(file, { read: { format: "twcs" }, workers: Number(workers), ...(heapMb === undefined ? {} : { workerHeapMb: Number(heapMb) }) });
  extra = {
    messages: run.report.messages,
    conversations: run.report.conversations,
    timings: run.timings,
    templates: run.templates.templates.length,
    result: JSON.parse(JSON.stringify({ scores: run.scores, metrics: { ...run.metrics, manifest: undefined, definitions: undefined } })),
    load: { records: run.report.records, rejected: run.report.rejected, issuesByCode: run.report.issuesByCode },
  };
} else if (stage === "latency") {
  const path = `${DATA}ibm-twitter-cdp/test.json`;
  const { conversations } = await loadExport(path, { format: "ibm-cdp" });
  const scorer = createScorer({ templates: await mineFileTemplates(path, { read: { format: "ibm-cdp" } }) });
  // Wall time, and the process's CPU time (not inflated when another process takes the core).
  const cpuTimes = { score: [], draft: [] };
  const time = (f, kind) => {
    const c = process.cpuUsage();
    const t = performance.now();
    f();
    const wall = performance.now() - t;
    const used = process.cpuUsage(c);
    cpuTimes[kind].push((used.user + used.system) / 1000);
    return wall;
  };
  for (const conversation of conversations) scorer.score(conversation); // warm up
  const score = [];
  const draft = [];
  for (let round = 0; round < 5; round++) {
    for (const conversation of conversations) {
      score.push(time(() => scorer.score(conversation), "score"));
      const reply = conversation.messages.findLast((m) => m.role === "agent");
      const before = { ...conversation, messages: conversation.messages.slice(0, conversation.messages.indexOf(reply)) };
      if (reply) draft.push(time(() => checkDraft(before, reply.text, { scorer }), "draft"));
    }
  }
  const stats = (ms) => ({ n: ms.length, p50: quantile(ms, 0.5), p99: quantile(ms, 0.99), max: Math.max(...ms) });
  // Each conversation's median over the rounds: the cost of its own work, without the pauses that garbage
  // collection of earlier work (or another process) happened to put into one of its runs.
  const medians = (ms) => {
    const rounds = ms.length / 5;
    return Array.from({ length: rounds }, (_, i) => quantile([0, 1, 2, 3, 4].map((r) => ms[r * rounds + i]), 0.5));
  };
  const sizes = conversations.map((c) => c.messages.length).sort((a, b) => a - b);
  extra = { conversations: conversations.length, medianMessages: sizes[sizes.length >> 1], scoreMs: stats(score), checkDraftMs: stats(draft), scoreCpuMs: stats(cpuTimes.score), checkDraftCpuMs: stats(cpuTimes.draft), scorePerConversationMs: stats(medians(score)), checkDraftPerConversationMs: stats(medians(draft)) };
} else if (stage === "reference") {
  const exports = [];
  for (const [name, format] of REAL_EXPORTS) {
    const { conversations } = await loadExport(`${DATA}${name}`, { format });
    const scorer = createScorer({ templates: await mineFileTemplates(`${DATA}${name}`, { read: { format } }) });
    const scoreAll = (reference) => {
      useReferenceMatching(reference);
      const t = performance.now();
      const out = conversations.map((c) => JSON.stringify(scorer.score(c)));
      return { out, ms: performance.now() - t };
    };
    scoreAll(false); // warm up both
    scoreAll(true);
    const reference = scoreAll(true);
    const fast = scoreAll(false);
    const differing = reference.out.filter((line, i) => line !== fast.out[i]).length;
    exports.push({ export: name, conversations: conversations.length, messages: conversations.reduce((n, c) => n + c.messages.length, 0), differing, referenceMs: reference.ms, fastMs: fast.ms });
  }
  extra = { exports, same: exports.every((e) => e.differing === 0) };
} else {
  console.error("usage: stage.mjs parse|load|job FILE [WORKERS] | latency | reference");
  process.exit(2);
}
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ stage, file, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000, peakRssMB: process.resourceUsage().maxRSS / 1024, ...extra }));

import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { CarelensError, CarelensLoadError } from "../errors.js";
import { joinTwcsParts } from "../io/formats/twcs-partition.js";
import type { TwcsRow } from "../io/formats/twcs-rows.js";
import type { LoadReport } from "../io/load-report.js";
import { mergeLoadReports } from "../io/merge-load-reports.js";
import type { ReadOptions } from "../io/read-export.js";
import { createCareJob, type CareJob, type CareJobOptions, type CareJobResult, type CareJobTimings } from "../job/care-job.js";
import type { TemplateLibrary } from "../scoring/template-library.js";
import type { TemplateOptions } from "../scoring/template-miner.js";
import type { CareJobWorkerInput, CareJobWorkerOutput, ParallelCareJobOptions } from "./care-job-protocol.js";
import { fileSize, openExport } from "./files.js";
import { partitionCsvFile } from "./partition-file.js";
import { mineFileTemplates } from "./score-file.js";

/** How to run the whole job on an export file. */
export interface RunCareJobOptions extends CareJobOptions {
  read: ReadOptions;
  /**
   * Worker threads (default: up to 2, one per core, for files of 100 MB or more; 1, the calling thread,
   * below: see {@link defaultWorkers}). TWCS files are cut into that many byte ranges, one
   * per worker; other formats, custom rubrics and metric callbacks run on the calling thread.
   */
  workers?: number;
  /**
   * Cap on each worker's old-generation heap, in MB (default 384; 0 for none). A worker's live memory
   * stays well under it (its exact metric values and the tweet ids it has read: under 200 MB after 3M
   * tweets on one thread), but uncapped V8 lets garbage grow each heap toward a gigabyte before
   * collecting it. Measured on 3M tweets with 2 workers (`node bench/stage.mjs job FILE 2 HEAP_MB`), peak
   * RSS: 962-973 MB capped against 1,273-1,312 MB uncapped when first measured; 506-560 MB capped (with
   * the young generation below) against 558-677 MB with no limits on 2026-12-04, after the aggregates
   * were slimmed. A worker that needs more than its cap (an enormous thread) is run again without it, so
   * the result never depends on the cap.
   */
  workerHeapMb?: number;
  /** At most this many agent replies are mined for templates in the first pass (default 100,000). */
  mineReplies?: number;
  templateOptions?: TemplateOptions;
  /** Bytes read so far: `pass` 1 mines templates, 2 scores. */
  onProgress?: (pass: 1 | 2, bytes: number, total: number) => void;
}

/** The job's results, the load report, and where the time went. */
export interface CareJobRun extends CareJobResult {
  report: LoadReport;
  templates: TemplateLibrary;
  timings: CareJobTimings & { mineMs: number; passMs: number; workers: number };
}

/**
 * Runs the whole job on an export file, streaming: mines reply templates in a first pass (unless a
 * library is given), then loads, threads, scores every rubric and aggregates the metrics in a second,
 * on both cores for TWCS files. Each worker reads its own byte range and posts back only its aggregates,
 * load report and the rows of threads that cross its edges; the main thread threads those rows, scores
 * them and merges. The result is the same as on one thread (tested).
 *
 * @example
 * const run = await runCareJob("twcs.csv", { read: { format: "twcs" } });
 * [run.metrics.responseRate, run.scores.labels.personalization, run.timings.workers]; // => [0.83, { personal: 910, canned: 3120 }, 2]
 */
export async function runCareJob(path: string, options: RunCareJobOptions): Promise<CareJobRun> {
  const total = await fileSize(path);
  const mineStart = performance.now();
  const templates = options.templates ?? (await mineFileTemplates(path, { read: options.read, mineReplies: options.mineReplies, templateOptions: options.templateOptions, onProgress: (pass, bytes) => options.onProgress?.(pass, bytes, total) }));
  const mineMs = performance.now() - mineStart;
  const workers = Math.max(1, Math.floor(options.workers ?? defaultWorkers(total)));
  const parallel = workers > 1 && options.read.format === "twcs" && parallelSafe(options);
  const passStart = performance.now();
  const run = parallel ? await runInWorkers(path, options, templates, workers, total) : await runHere(path, options, templates, total);
  const passMs = performance.now() - passStart;
  if (options.read.strict) {
    const problems = run.report.issues.filter((issue) => issue.severity !== "info");
    if (problems.length > 0) throw new CarelensLoadError(problems);
  }
  return { ...run.job.result(), report: run.report, templates, timings: { ...run.timings, mineMs, passMs, workers: run.workers } };
}

/**
 * Worker threads for a file of `bytes` when the caller does not say: up to 2 (one per core) from 100 MB,
 * else 1. Each worker loads and warms up its own copy of the scorer (about 0.5 s of CPU) and the threads
 * that cross the workers' ranges are scored at the end, so small files gain nothing from a second core
 * and pay for it in CPU. Measured 2026-12-05 on generated TWCS files, 1 thread against 2 workers
 * (`node bench/stage.mjs job FILE 1|2`): 44 MB 4.4 against 4.6 s (CPU 5.4 against 9.0 s); 89 MB 6.7-7.3
 * against 7.0-7.3 s (CPU 7.4-8.2 against 12.4-13.0 s); 178 MB 12.7 against 9.5-9.8 s; 450 MB 28.5
 * against 19.3 s.
 *
 * @example
 * [defaultWorkers(44e6), defaultWorkers(450e6)]; // => [1, 2] on a machine with 2 or more cores
 */
export function defaultWorkers(bytes: number): number {
  return bytes < PARALLEL_FROM_BYTES ? 1 : Math.min(2, availableParallelism());
}

const PARALLEL_FROM_BYTES = 100e6;

interface PassResult {
  job: CareJob;
  report: LoadReport;
  timings: CareJobTimings;
  workers: number;
}

async function runHere(path: string, options: RunCareJobOptions, templates: TemplateLibrary, total: number): Promise<PassResult> {
  const job = createCareJob({ ...options, templates });
  let bytes = 0;
  const stream = await openExport(path, { ...options.read, strict: false, maxIssues: options.read.strict ? Infinity : options.read.maxIssues, onBytes: (n) => options.onProgress?.(2, (bytes += n), total) });
  for await (const batch of stream.batches()) for (const conversation of batch) job.count(conversation);
  return { job, report: stream.report, timings: job.timings(), workers: 1 };
}

async function runInWorkers(path: string, options: RunCareJobOptions, templates: TemplateLibrary, workers: number, total: number): Promise<PassResult> {
  const { header, ranges } = await partitionCsvFile(path, workers, (line) => /^\d{1,30},/.test(line));
  const maxIssues = options.read.strict ? Infinity : (options.read.maxIssues ?? 10_000);
  const jobOptions: ParallelCareJobOptions = { config: options.config, tone: options.tone, scorecard: options.scorecard, metrics: options.metrics };
  let bytes = 0;
  const parts = await Promise.all(
    ranges.map((range, i) =>
      runWorker({ path, header, range, first: i === 0, maxIssues: Number.isFinite(maxIssues) ? maxIssues : 2 ** 31, templates: templates.toJSON(), job: jobOptions }, (n) => options.onProgress?.(2, (bytes += n), total), options.workerHeapMb ?? WORKER_HEAP_MB),
    ),
  );
  const job = createCareJob({ ...jobOptions, templates });
  const reports: { report: LoadReport; recordOffset: number }[] = [];
  const open: TwcsRow[] = [];
  let recordOffset = 0;
  for (const part of parts) {
    job.merge(part.state);
    reports.push({ report: part.report, recordOffset });
    for (const row of part.openRows) open.push({ ...row, order: row.order + recordOffset });
    recordOffset += part.report.records;
  }
  const joined = joinTwcsParts(open, maxIssues);
  for (const conversation of joined.conversations) job.count(conversation);
  reports.push({ report: joined.report, recordOffset: 0 });
  const timings = parts.reduce((sum, part) => ({ scoreMs: sum.scoreMs + part.timings.scoreMs, aggregateMs: sum.aggregateMs + part.timings.aggregateMs }), job.timings());
  return { job, report: mergeLoadReports(reports, maxIssues), timings, workers: parts.length };
}

const WORKER_HEAP_MB = 384;

/**
 * Each worker's young generation, in MB. A capped worker otherwise gets a small one sized from its cap,
 * and spends a quarter of its time collecting the short-lived strings and objects of scoring. Measured
 * on 3M tweets with 2 workers and the 384 MB cap (`node bench/stage.mjs job FILE 2`, 2026-12-04):
 * V8's default under the cap took 25.3-26.6 s and 47-49 s of CPU, 48 MB 26.5 s, 96 MB 20.1-21.0 s
 * and 37-38 s of CPU (about one thread's CPU for the whole file) at 506-560 MB peak RSS, 192 MB
 * 20.5-20.9 s at 633-662 MB.
 */
const WORKER_YOUNG_MB = 96;

/** Runs one worker with its heap capped; if it runs out of memory, runs it again without the cap. */
async function runWorker(input: CareJobWorkerInput, onBytes: (bytes: number) => void, heapMb: number): Promise<Extract<CareJobWorkerOutput, { kind: "done" }>> {
  // Progress counts each byte once, also when the range is read again.
  let reported = 0;
  const progress = () => {
    let read = 0;
    return (bytes: number) => {
      read += bytes;
      if (read <= reported) return;
      onBytes(read - reported);
      reported = read;
    };
  };
  if (heapMb > 0) {
    try {
      return await workerRun(input, progress(), { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB });
    } catch (error) {
      if ((error as { code?: string }).code !== "ERR_WORKER_OUT_OF_MEMORY") throw error;
    }
  }
  return workerRun(input, progress(), { maxYoungGenerationSizeMb: WORKER_YOUNG_MB });
}

function workerRun(input: CareJobWorkerInput, onBytes: (bytes: number) => void, resourceLimits: ResourceLimits): Promise<Extract<CareJobWorkerOutput, { kind: "done" }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), { workerData: input, resourceLimits });
    let done = false;
    worker.on("message", (message: CareJobWorkerOutput) => {
      onBytes(message.bytes);
      if (message.kind === "done") {
        done = true;
        resolve(message);
      }
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (!done) reject(new CarelensError(`a worker reading bytes ${input.range.start}-${input.range.end} of "${input.path}" stopped (exit code ${code}) before it finished`));
    });
  });
}

/** The built worker script, next to this module in dist/node or in dist/node from a shared chunk. */
function workerFile(): string {
  for (const relative of ["./care-job-worker.js", "./node/care-job-worker.js"]) {
    const file = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(file)) return file;
  }
  throw new CarelensError("runCareJob: the worker script care-job-worker.js was not found next to the built carelens/node module (run `npm run build`)");
}

/** Workers can run the job only when its options are plain data: built-in rubrics, no metric callbacks. */
function parallelSafe(options: RunCareJobOptions): boolean {
  const metrics = options.metrics ?? {};
  return options.rubrics === undefined && Object.values(metrics).every((value) => typeof value !== "function");
}

/**
 * Worker thread of {@link runCareJob}: reads its byte range of a TWCS file, scores and aggregates every
 * conversation complete within it, and posts back only compact results: the job's state, the load
 * report, and the rows of threads that cross the range's edges.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readTwcsPart } from "../io/formats/twcs-partition.js";
import { createCareJob } from "../job/care-job.js";
import { TemplateLibrary } from "../scoring/template-library.js";
import { fileChunks } from "./files.js";
import type { CareJobWorkerInput, CareJobWorkerOutput } from "./care-job-protocol.js";

const input = workerData as CareJobWorkerInput;
const job = createCareJob({ ...input.job, templates: TemplateLibrary.fromJSON(input.templates) });
let bytes = 0;
const part = readTwcsPart(
  fileChunks(input.path, {
    start: input.range.start,
    end: input.range.end,
    onBytes: (n) => {
      bytes += n;
      if (bytes < 8 << 20) return;
      parentPort!.postMessage({ kind: "progress", bytes });
      bytes = 0;
    },
  }),
  { header: input.header, firstLine: input.range.firstLine, maxIssues: input.maxIssues, headerIssues: input.first },
);
for await (const batch of part.batches()) for (const conversation of batch) job.count(conversation);
const output: CareJobWorkerOutput = { kind: "done", bytes, state: job.state(), timings: job.timings(), report: part.report, openRows: part.openRows() };
parentPort!.postMessage(output);

import type { LoadReport } from "../io/load-report.js";
import type { TwcsRow } from "../io/formats/twcs-rows.js";
import type { CareJobOptions, CareJobState, CareJobTimings } from "../job/care-job.js";

/** The options of a job that runs in worker threads: data only (built-in rubrics, no callbacks). */
export type ParallelCareJobOptions = Pick<CareJobOptions, "config" | "tone" | "scorecard" | "metrics">;
import type { TemplateLibraryData } from "../scoring/template-library.js";
import type { FileRange } from "./partition-file.js";

/** What a care-job worker is given (structured-clone-able: no functions). */
export interface CareJobWorkerInput {
  path: string;
  header: string;
  range: FileRange;
  /** The first range reports the header's issues. */
  first: boolean;
  maxIssues: number;
  templates: TemplateLibraryData;
  /** Job options that cross threads: built-in rubrics only, and no functions. */
  job: ParallelCareJobOptions;
}

/** What a care-job worker posts: progress while it reads, then its compact results. */
export type CareJobWorkerOutput =
  | { kind: "progress"; bytes: number }
  | { kind: "done"; bytes: number; state: CareJobState; timings: CareJobTimings; report: LoadReport; openRows: TwcsRow[] };

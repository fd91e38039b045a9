export { createCareJob, type CareJob, type CareJobOptions, type CareJobResult, type CareJobState, type CareJobTimings } from "./care-job.js";

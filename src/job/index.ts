export { createCareJob, type CareJob, type CareJobOptions, type CareJobResult, type CareJobState, type CareJobTimings } from "./care-job.js";
export { careJobStateToJson, careJobStateFromJson } from "./care-job-state-json.js";

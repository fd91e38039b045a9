export { loadExport, openExport, fileChunks, fileSize } from "./files.js";
export { scoreFile, mineFileTemplates, type ScoreFileOptions } from "./score-file.js";
export { openRecordWriter, formatFromPath, type RecordWriter, type RecordFormat } from "./record-writer.js";
export { defaultWorkers, runCareJob, type RunCareJobOptions, type CareJobRun } from "./run-care-job.js";
export { partitionCsvFile, type FilePartition, type FileRange } from "./partition-file.js";
export { writeResult, openRawWriter, type WritableResult } from "./write-result.js";
export { writeReport } from "./write-report.js";

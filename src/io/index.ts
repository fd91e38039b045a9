export { streamExport, parseExport, type ReadOptions, type ExportStream, type LoadedExport } from "./read-export.js";
export { formats, type FormatName } from "./formats/index.js";
export type { ExportFormat } from "./export-format.js";
export type { ExportSource } from "./source.js";
export type { LoadReport } from "./load-report.js";
export { formatIssues, issueLocation, type LoadIssue, type IssueCode, type IssueSeverity } from "./issues.js";
export { ColumnMappingSchema, MappedOptionsSchema, type ColumnMapping, type MappedOptions } from "./column-mapping.js";
export { agentSignature } from "./agent-signature.js";
export { parseDateTime } from "./date-time.js";

/**
 * carelens: quality assurance and analytics for customer-care conversations.
 * The core runs anywhere (Node, Deno, bundlers); file-system helpers are in "carelens/node".
 */
export * from "./model/index.js";
export * from "./io/index.js";
export { CarelensError, CarelensLoadError } from "./errors.js";
export * from "./rubrics/index.js";
export * from "./scoring/index.js";
export * from "./job/index.js";
export { messageTone, type Tone as MessageTone, type ToneReading, type ToneOptions } from "./text/tone.js";
export { dialogueActs, type DialogueActs } from "./text/dialogue-acts.js";
export { phrases, patterns, useReferenceMatching, type PhraseMatcher } from "./text/phrase-matcher.js";
export { textFeatures, type TextFeatures } from "./text/text-features.js";
export { toCsv, csvCell } from "./output/csv.js";
export { toNdjson } from "./output/ndjson.js";
export { toJson } from "./output/to-json.js";
export { toTable } from "./output/to-table.js";
export { toArrowIpc, toParquet } from "./output/columnar.js";
export { comparisonRows, issueRows, type ComparisonRowOut, type IssueRow } from "./output/result-rows.js";
export { html, trustedSvg, Html, type HtmlValue } from "./output/html.js";
export * from "./output/report/index.js";
export { tableDisplay, chartDisplay, reportDisplay, JUPYTER_DISPLAY, type JupyterDisplay } from "./output/jupyter.js";
export { messageRecords, conversationRecord, flatRecord, scoreRecordJsonSchema, MessageRecordSchema, ConversationRecordSchema, type MessageRecord, type ConversationRecord } from "./output/score-records.js";
export * from "./stats/index.js";
export * from "./compare/index.js";

// Operational metrics (response rate, response times, handle time, cost, coverage, agents, cohort trends).
export * from "./metrics/index.js";

export { buildReport, type BuildReportOptions } from "./build-report.js";
export { reportHtml, reportHtmlChunks, REPORT_CSP } from "./report-html.js";
export { chartSvg, type VegaLiteSpec } from "./render-chart.js";
export type { ReportData, AgentScorecard, ExampleGroup, ExampleConversation, FrtBin, TimelinePeriod } from "./report-data.js";

import { CarelensError } from "../errors.js";
import { reportHtmlChunks } from "../output/report/report-html.js";
import type { ReportData } from "../output/report/report-data.js";
import { toJson } from "../output/to-json.js";
import { openRawWriter } from "./write-result.js";

/**
 * Writes a report: `.html` the self-contained page (streamed section by section), `.json` the report
 * data.
 *
 * @example
 * await writeReport("report.html", buildReport(conversations, { load: report }));
 */
export async function writeReport(path: string, data: ReportData): Promise<void> {
  const kind = /\.html?$/i.test(path) ? "html" : /\.json$/i.test(path) ? "json" : undefined;
  if (!kind) throw new CarelensError(`cannot tell the report format of "${path}": use a .html or .json file name`);
  const out = openRawWriter(path);
  if (kind === "json") await out.write(`${toJson(data)}\n`);
  else for await (const piece of reportHtmlChunks(data)) await out.write(piece);
  await out.close();
}

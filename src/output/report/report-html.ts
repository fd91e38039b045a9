import { Html, html } from "../html.js";
import { chartSpecs } from "./chart-specs.js";
import { chartHtml } from "./render-chart.js";
import type { ReportData } from "./report-data.js";
import { REPORT_CSS } from "./report-style.js";
import { agentsSection } from "./sections/agents.js";
import { examplesSection } from "./sections/examples.js";
import { headlineSection } from "./sections/headline.js";
import { issuesSection } from "./sections/issues.js";
import { pilotSection } from "./sections/pilot.js";
import { templatesSection } from "./sections/templates.js";

/** No script may run and nothing may be fetched: styles are inline, charts are inline SVG. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The stylesheet is a constant of this module, not data: inserted as is. */
const STYLE = new Html(REPORT_CSS);

const SECTIONS: [string, string][] = [
  ["headline", "Headline"],
  ["response", "Response times"],
  ["coverage", "Coverage"],
  ["scores", "Scores"],
  ["agents", "Agents"],
  ["templates", "Templates"],
  ["pilot", "Pilot vs control"],
  ["examples", "Examples"],
  ["issues", "Load issues"],
];

/**
 * The report as a stream of HTML pieces, section by section, so a large report is written without
 * holding the page twice. Charts are Vega-Lite specs rendered to SVG with vega (loaded on first use).
 *
 * @example
 * for await (const piece of reportHtmlChunks(data)) stream.write(piece);
 */
export async function* reportHtmlChunks(data: ReportData): AsyncGenerator<string> {
  const specs = chartSpecs(data);
  const chart = async (key: keyof typeof specs): Promise<Html | undefined> => (specs[key] ? chartHtml(specs[key]) : undefined);
  const figure = (caption: string, svg: Html | undefined) => (svg ? html`<figure><figcaption>${caption}</figcaption>${svg}</figure>` : html`<p class="muted">${caption}: no data.</p>`);
  const source = data.source;
  yield html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${data.title}</title>
<style>${STYLE}</style></head>
<body><header><h1>${data.title}</h1><p>${source.file ?? "conversations"}${source.format ? ` (${source.format})` : ""} · generated ${source.generatedAt} · time zone ${source.timeZone}</p></header>
<nav>${SECTIONS.map(([id, label]) => html`<a href="#${id}">${label}</a>`)}</nav>
<main>
`.markup;
  yield headlineSection(data).markup;
  yield html`<section id="response"><h2>Response times and rates</h2><div class="grid2">${figure("First response time (contacts)", await chart("frt"))}${figure("Response rate over time", await chart("responseRate"))}</div></section>`.markup;
  yield html`<section id="coverage"><h2>Coverage by hour and weekday</h2><p class="lede">Contacts opened in each hour of each weekday (${source.timeZone}).</p>${figure("Contacts by hour × weekday", await chart("coverage"))}</section>`.markup;
  yield scoresSection(data, await chart("scores")).markup;
  yield agentsSection(data, await chart("agents")).markup;
  yield templatesSection(data, await chart("templates")).markup;
  yield pilotSection(data, await chart("pilot")).markup;
  yield examplesSection(data).markup;
  yield issuesSection(data).markup;
  yield "\n</main></body></html>\n";
}

/**
 * The whole report as one self-contained HTML page (no script, no network: a CSP meta forbids both).
 *
 * @example
 * const page = await reportHtml(buildReport(conversations, { load: report }));
 * page.startsWith("<!DOCTYPE html>"); // => true
 */
export async function reportHtml(data: ReportData): Promise<string> {
  let page = "";
  for await (const piece of reportHtmlChunks(data)) page += piece;
  return page;
}


function scoresSection(data: ReportData, chart: Html | undefined): Html {
  const rows = data.scores.rubrics.map((r) => {
    const labels = Object.entries(data.scores.labels[r.id] ?? {}).sort((a, b) => b[1] - a[1]);
    return html`<tr><td>${r.id}</td><td>${r.level}</td><td class="text">${r.description}</td><td class="text">${labels.map(([label, n]) => `${label} ${n}`).join(", ")}</td></tr>`;
  });
  return html`<section id="scores"><h2>Rubric scores</h2>
<p class="lede">Mean rolled-up score (0-1) of each rubric per ${data.timeline.unit} of first contact; labels counted per agent reply (message rubrics) or per conversation.</p>
${chart ? html`<figure><figcaption>Rubric scores over time</figcaption>${chart}</figure>` : null}
<table><thead><tr><th>rubric</th><th>level</th><th>what it checks</th><th>labels</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

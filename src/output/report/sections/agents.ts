import { html, type Html } from "../../html.js";
import { duration, fixed, interval, percent } from "../format.js";
import type { ReportData } from "../report-data.js";

/**
 * Per-agent scorecards: a chart of mean scorecard totals with 95% intervals and a table with FRT and the
 * mean score of each message-level rubric.
 *
 * @example
 * agentsSection(data, chart).markup.startsWith('<section id="agents">'); // => true
 */
export function agentsSection(data: ReportData, chart: Html | undefined): Html {
  const rubricIds = data.scores.rubrics.filter((r) => r.level === "message").map((r) => r.id);
  const rows = data.agents.map(
    (a) => html`<tr><td class="name">${a.agent}</td><td class="num">${a.conversations}</td><td class="num">${a.replies}</td>
<td class="num">${duration(a.firstResponseSeconds.median)}</td><td class="num">${duration(a.firstResponseSeconds.mean)} ${interval(a.firstResponseSeconds.low, a.firstResponseSeconds.high, duration)}</td>
<td class="num">${fixed(a.total.mean, 1)} ${interval(a.total.low, a.total.high, (v) => fixed(v, 1))}</td>
${rubricIds.map((id) => html`<td class="num">${percent(a.rubrics[id])}</td>`)}</tr>`,
  );
  return html`<section id="agents">
<h2>Agent scorecards</h2>
<p class="lede">${data.agents.length} signed agents. Scorecard totals are over the conversations each agent replied in; intervals are 95% t intervals (none below two values). Rubric columns are mean scores over the agent's replies. Unsigned replies are not a person and are left out.</p>
${chart ? html`<figure><figcaption>Scorecard total by agent (20 busiest)</figcaption>${chart}</figure>` : null}
<div class="scroll"><table><thead><tr><th>agent</th><th class="num">conversations</th><th class="num">replies</th><th class="num">FRT median</th><th class="num">FRT mean [95%]</th><th class="num">total [95%]</th>${rubricIds.map((id) => html`<th class="num">${id}</th>`)}</tr></thead>
<tbody>${rows}</tbody></table></div>
</section>`;
}

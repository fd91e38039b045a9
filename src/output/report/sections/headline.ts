import { html, type Html } from "../../html.js";
import { duration, fixed, percent } from "../format.js";
import type { ReportData } from "../report-data.js";

/**
 * The headline metrics as cards, each with its definition, and the manifest of settings behind them.
 *
 * @example
 * headlineSection(data).markup.includes("response rate"); // => true
 */
export function headlineSection(data: ReportData): Html {
  const m = data.metrics;
  const frt = m.firstResponseTime;
  const d = m.definitions;
  // [label, value, what the number rests on, its definition (folded away: cards stay the same height)]
  const cards: [string, string, string, string][] = [
    ["contacts", String(m.contacts), `${data.scores.conversations} conversations`, m.manifest.contact],
    ["response rate", percent(m.responseRate), `${m.responded} of ${m.contacts} contacts answered`, d.responseRate],
    ["first response time, median", duration(frt.medianSeconds), `p90 ${duration(frt.p90Seconds)}, mean ${duration(frt.meanSeconds)}, n = ${frt.n} (${frt.unknownTime} unknown)`, d.firstResponseTime],
    ["within SLA", frt.withinTarget.map((t) => `${percent(t.share)} ≤ ${duration(t.targetSeconds)}`).join(", "), "of timed first responses", `Share of timed first responses at or under each target. Quantiles: ${m.manifest.quantileMethod}`],
    ["reply time, median", duration(m.replyTime.medianSeconds), `p90 ${duration(m.replyTime.p90Seconds)}, n = ${m.replyTime.n} customer turns`, d.replyTime],
    ["handle time per reply", duration(m.handleTime.replies.meanSeconds), `${m.handleTime.source}, ${m.handleTime.replies.n} replies`, d.handleTime],
    ["scorecard total, mean", `${fixed(data.scores.meanTotal, 1)} / 100`, `${data.scores.agentMessages} agent replies scored, ${data.scores.criticalFailures} critical failures`, "The weighted share of applicable rubric points a conversation earned (0-100); not-applicable items leave the denominator, and a failed critical rubric zeroes the total."],
  ];
  const byTone = (m.responseRateByTone ?? []).map((t) => html`<tr><td>${t.tone}</td><td class="num">${t.contacts}</td><td class="num">${percent(t.rate)}</td><td class="num">${percent(t.turnRate)}</td></tr>`);
  return html`<section id="headline">
<h2>Headline metrics</h2>
<div class="cards">${cards.map(([label, value, note, definition]) => html`<div class="card"><div class="label">${label}</div><div class="value">${value}</div><div class="note">${note}</div><details class="definition"><summary>definition</summary>${definition}</details></div>`)}</div>
<h3>Response rate by customer tone</h3>
<table><thead><tr><th>opening tone</th><th class="num">contacts</th><th class="num">response rate</th><th class="num">turns answered</th></tr></thead><tbody>${byTone}</tbody></table>
<details><summary>Definitions and settings</summary>
<table><tbody>
<tr><th>clock start</th><td>${m.manifest.clockStart}</td></tr>
<tr><th>window</th><td>${m.manifest.window}</td></tr>
<tr><th>time zone</th><td>${m.manifest.timeZone}</td></tr>
<tr><th>bots</th><td>${m.manifest.botRule}</td></tr>
<tr><th>agents</th><td>${m.manifest.agentRule}</td></tr>
<tr><th>missing data</th><td>${m.manifest.missingData}</td></tr>
<tr><th>quantiles</th><td>${m.manifest.quantileMethod}</td></tr>
<tr><th>handle time</th><td>${m.manifest.handleTimeModel.rule}</td></tr>
</tbody></table></details>
</section>`;
}

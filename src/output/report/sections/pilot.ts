import { html, type Html } from "../../html.js";
import { fixed, interval } from "../format.js";
import type { ReportData } from "../report-data.js";

/**
 * Pilot vs control (comparePilot): each outcome's group values, the difference with its interval, the
 * p-value and its multiple-testing adjustment, with the agent as the unit.
 *
 * @example
 * pilotSection(data, chart).markup.includes("Pilot vs control"); // => true
 */
export function pilotSection(data: ReportData, chart: Html | undefined): Html {
  const p = data.pilot;
  if (!p) return html`<section id="pilot"><h2>Pilot vs control</h2><p class="muted">No pilot group was given (carelens report --pilot agents.txt).</p></section>`;
  const show = (v: number | undefined) => fixed(v, Math.abs(v ?? 0) >= 100 ? 0 : 3);
  const rows = p.outcomes.map(
    (o) => html`<tr><td class="text" title="${o.definition}">${o.outcome}</td>
<td class="num">${show(o.groups.pilot.value)} <span class="muted">(${o.groups.pilot.agents} agents)</span></td>
<td class="num">${show(o.groups.control.value)} <span class="muted">(${o.groups.control.agents} agents)</span></td>
<td class="num">${show(o.difference.absolute)} ${interval(o.ci.low, o.ci.high, show)}</td>
<td class="num">${fixed(o.pValue, 3)}</td><td class="num">${fixed(o.adjustedPValue.holm, 3)}</td><td class="num">${fixed(o.effectSize.hedgesG, 2)}</td><td class="text">${o.method}</td></tr>`,
  );
  const warnings = [...p.warnings, ...p.outcomes.flatMap((o) => o.warnings.map((w) => `${o.outcome}: ${w}`))];
  return html`<section id="pilot">
<h2>Pilot vs control</h2>
<p class="lede">Pilot agents: ${p.pilotAgents.join(", ")}. ${p.conversations.pilot} pilot and ${p.conversations.control} control conversations (${p.uncredited} without a signed first reply left out). ${p.definition}</p>
${chart ? html`<figure><figcaption>Difference relative to control, with 95% interval</figcaption>${chart}</figure>` : null}
<div class="scroll"><table><thead><tr><th>outcome</th><th class="num">pilot</th><th class="num">control</th><th class="num">difference [95%]</th><th class="num">p</th><th class="num">p (Holm)</th><th class="num">Hedges' g</th><th>method</th></tr></thead><tbody>${rows}</tbody></table></div>
${warnings.length > 0 ? html`<h3>Warnings</h3><ul>${warnings.map((w) => html`<li>${w}</li>`)}</ul>` : null}
</section>`;
}

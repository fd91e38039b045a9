import { html, type Html } from "../../html.js";
import { percent } from "../format.js";
import type { ReportData } from "../report-data.js";

/**
 * The canned-template leaderboard: the replies sent (after masking names, handles, numbers and links) in
 * the most conversations.
 *
 * @example
 * templatesSection(data, chart).markup.includes("Canned templates"); // => true
 */
export function templatesSection(data: ReportData, chart: Html | undefined): Html {
  const t = data.templates;
  const rows = t.top.map(
    (x) => html`<tr><td class="num">${x.id}</td><td class="text">${x.text}</td><td class="num">${x.conversations}</td><td class="num">${x.replies}</td><td class="num">${x.agents}</td><td class="num">${percent(x.topicalShare)}</td></tr>`,
  );
  return html`<section id="templates">
<h2>Canned templates</h2>
<p class="lede">${t.total} templates found in ${t.replies} agent replies: the same reply, after masking handles, names, numbers, links and signatures, sent in several conversations. "Topical" is the share of uses that shared words with what the customer said.</p>
${chart ? html`<figure><figcaption>Most used templates</figcaption>${chart}</figure>` : null}
${t.top.length > 0 ? html`<table><thead><tr><th class="num">#</th><th>template (masked)</th><th class="num">conversations</th><th class="num">replies</th><th class="num">agents</th><th class="num">topical</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p class="muted">No reply was sent often enough to be a template.</p>`}
</section>`;
}

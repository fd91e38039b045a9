import { issueLocation } from "../../../io/issues.js";
import { html, type Html } from "../../html.js";
import type { ReportData } from "../report-data.js";

/**
 * The load report: counts, issues by kind, and each issue with where it is, why, and the raw value.
 *
 * @example
 * issuesSection(data).markup.includes("Load issues"); // => true
 */
export function issuesSection(data: ReportData): Html {
  const load = data.load;
  if (!load) return html`<section id="issues"><h2>Load issues</h2><p class="muted">No load report was given.</p></section>`;
  const total = Object.values(load.issuesBySeverity).reduce((a, b) => a + b, 0);
  const codes = Object.entries(load.issuesByCode).sort((a, b) => b[1] - a[1]);
  return html`<section id="issues">
<h2>Load issues</h2>
<p class="lede">${load.conversations} conversations and ${load.messages} messages loaded; ${load.rejected} items rejected; ${total} issues (${load.issuesBySeverity.error ?? 0} errors, ${load.issuesBySeverity.warning ?? 0} warnings, ${load.issuesBySeverity.info ?? 0} notes). Bad input is reported, never silently dropped.</p>
${codes.length > 0 ? html`<p>${codes.map(([code, n], i) => html`${i > 0 ? ", " : ""}<b>${code}</b> ${n}`)}</p>` : null}
${load.issues.length > 0 ? html`<div class="scroll"><table><thead><tr><th>severity</th><th>code</th><th>where</th><th>message</th><th>raw value</th></tr></thead><tbody>${load.issues.map((i) => html`<tr><td class="sev-${i.severity}">${i.severity}</td><td>${i.code}</td><td>${issueLocation(i)}</td><td class="text">${i.message}</td><td class="text">${i.input ?? ""}</td></tr>`)}</tbody></table></div>` : html`<p class="muted">No issues.</p>`}
${load.issuesOmitted > 0 ? html`<p class="muted">${load.issuesOmitted} more issues not listed (counts above are exact).</p>` : null}
</section>`;
}

import { html, type Html } from "../../html.js";
import { fixed } from "../format.js";
import type { ExampleConversation, ExampleEvidence, ReportData } from "../report-data.js";

/**
 * Drill-down lists: for each rubric label worth reviewing, example conversations in full with the
 * evidence highlighted (`<mark>`) and the reasons listed. Collapsed with `<details>`: no script needed.
 *
 * @example
 * examplesSection(data).markup.includes("<details>"); // => true
 */
export function examplesSection(data: ReportData): Html {
  const groups = data.examples.filter((g) => g.conversations.length > 0);
  return html`<section id="examples">
<h2>Examples with evidence</h2>
<p class="lede">Open a list to read example conversations; highlighted text is the evidence a rubric gave for its label.</p>
${groups.map((g) => html`<details><summary>${g.title} <span class="muted">(${g.count})</span></summary><p class="muted">${g.description}</p>${g.conversations.map(conversationDetails)}</details>`)}
</section>`;
}

function conversationDetails(c: ExampleConversation): Html {
  const labels = Object.entries(c.labels).map(([id, label]) => `${id}: ${label}`).join(", ");
  return html`<details><summary>${c.brand} · conversation ${c.conversationId} · total ${fixed(c.total, 1)}</summary>
<p class="muted">${labels}</p>
${c.messages.map(
  (m) => html`<div class="message ${m.role === "agent" ? "agent" : "customer"}"><div class="who">${m.role} · ${m.author} · ${m.sentAt ?? "time unknown"}</div>
<div class="body">${highlighted(m.text, m.evidence)}</div>${m.evidence.length > 0 ? html`<ul class="reasons">${m.evidence.map((e) => html`<li>${e.rubric} → ${e.label}: ${e.reason}</li>`)}</ul>` : null}</div>`,
)}
</details>`;
}

/**
 * A message's text with its evidence spans wrapped in `<mark>` (overlapping spans merged, whole-message
 * evidence [0, 0) not marked); every piece of text escaped.
 *
 * @example
 * highlighted("so sorry <b>", [{ rubric: "empathy", label: "expressed", start: 3, end: 8, reason: "apology" }]).markup;
 * // => 'so <mark title="empathy: apology">sorry</mark> &lt;b&gt;'
 */
export function highlighted(text: string, evidence: readonly ExampleEvidence[]): Html {
  const spans = evidence.filter((e) => e.end > e.start && e.start >= 0 && e.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: Html[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    const covering = spans.filter((s) => s.start < span.end && s.end > span.start);
    const end = Math.max(...covering.map((s) => s.end));
    parts.push(html`${text.slice(at, span.start)}<mark title="${covering.map((s) => `${s.rubric}: ${s.reason}`).join("; ")}">${text.slice(span.start, end)}</mark>`);
    at = end;
  }
  parts.push(html`${text.slice(at)}`);
  return html`${parts}`;
}

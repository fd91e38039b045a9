/**
 * The tone tuning data: every customer message labelled for tone in the tuning sets (dev-labels and
 * dev-odd-labels on dev.json, reviewers A and C; twcs-tone-labels on twcs-sample), with its text, its
 * conversation (for grouped folds) and the lexicon's reading. The check set is loaded only on request
 * (`check: true`); the held-out test set never is.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { messageTone } from "../../dist/index.js";
import { loadExport } from "../../dist/node/index.js";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const labels = (name) => readFileSync(here(`../../tests/fixtures/labels/${name}.jsonl`), "utf8").trim().split("\n").map((line) => JSON.parse(line));

async function texts(path, format) {
  const { conversations } = await loadExport(here(`../../../shared/data/${path}`), { format });
  const out = new Map();
  for (const c of conversations) for (const m of c.messages) out.set(`${c.id}|${m.id}`, m.text);
  return out;
}

/** Rows { source, group, text, label, lexicon } for the tuning sets (and the check set when asked). */
export async function toneData({ check = false } = {}) {
  const dev = await texts("ibm-twitter-cdp/dev.json", "ibm-cdp");
  const tweets = new Map([...(await texts("twcs-sample/sample.csv", "twcs")), ...(await texts("twcs-sample/spotifycares_inbound.csv", "twcs"))]);
  const rows = [];
  const add = (source, lines, byKey) => {
    for (const l of lines) {
      if (l.role !== "customer" || !l.tone) continue;
      const text = byKey.get(`${l.conversationId}|${l.messageId}`);
      if (text === undefined) throw new Error(`no text for ${source} ${l.conversationId}|${l.messageId}`);
      rows.push({ source, group: `${source}:${l.conversationId}`, text, label: l.tone, lexicon: messageTone(text) });
    }
  };
  add("dev", [...labels("dev-labels"), ...labels("dev-odd-labels")], dev);
  add("twcs", labels("twcs-tone-labels"), tweets);
  if (check) add("check", labels("twcs-tone-check-labels"), tweets);
  return rows;
}

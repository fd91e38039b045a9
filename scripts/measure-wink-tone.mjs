#!/usr/bin/env node
/**
 * Does wink-nlp's sentiment improve customer-tone labels, and what does it cost? Compares, against the
 * blind reviewers' tone labels (tests/fixtures/labels; texts from ../shared/data/ibm-twitter-cdp): carelens's
 * lexicon tone, wink-nlp's sentiment alone (thresholds chosen on the dev set), and lexicon tone with wink as
 * the tie-breaker for "neutral"; plus microseconds per message of each. Run: npm run build && node scripts/measure-wink-tone.mjs
 * (wink-nlp and its model are devDependencies: the library does not ship them, see the README).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { agreement, messageTone } from "../dist/index.js";
import { loadExport } from "../dist/node/index.js";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const nlp = winkNLP(model);
const labels = (name) => readFileSync(here(`../tests/fixtures/labels/${name}.jsonl`), "utf8").trim().split("\n").map((l) => JSON.parse(l)).filter((l) => l.role === "customer" && l.tone);

async function items(file, names) {
  const { conversations } = await loadExport(here(`../../shared/data/ibm-twitter-cdp/${file}.json`), { format: "ibm-cdp" });
  const texts = new Map(conversations.flatMap((c) => c.messages.map((m) => [`${c.id}|${m.id}`, m.text])));
  return names.flatMap(labels).map((l) => ({ human: l.tone, text: texts.get(`${l.conversationId}|${l.messageId}`) })).filter((i) => i.text !== undefined);
}

const wink = (text) => nlp.readDoc(text).out(nlp.its.sentiment);
const byWink = (s, cut) => (s <= -cut ? "negative" : s >= cut ? "positive" : "neutral");
const kappa = (list, label) => agreement(list.map((i) => i.human), list.map(label)).kappa.kappa;
const perMessage = (list, f) => {
  const t = performance.now();
  for (let r = 0; r < 5; r++) for (const i of list) f(i.text);
  return ((performance.now() - t) * 1000) / (5 * list.length);
};

const dev = await items("dev", ["dev-labels", "dev-odd-labels"]);
const test = await items("test", ["test-labels"]);
for (const i of [...dev, ...test]) (i.lexicon = messageTone(i.text).tone), (i.wink = wink(i.text));
const cuts = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];
const best = (f) => cuts.reduce((a, c) => (kappa(dev, (i) => f(i, c)) > kappa(dev, (i) => f(i, a)) ? c : a));
const alone = (i, c) => byWink(i.wink, c);
const tieBreak = (i, c) => (i.lexicon === "neutral" ? byWink(i.wink, c) : i.lexicon);
const cutAlone = best(alone);
const cutTie = best(tieBreak);
console.log(`| customer tone | dev kappa (${dev.length} messages, tuning) | test kappa (${test.length}, held out) | µs per message |`);
console.log("|---|---|---|---|");
console.log(`| carelens lexicon (shipped) | ${kappa(dev, (i) => i.lexicon).toFixed(3)} | ${kappa(test, (i) => i.lexicon).toFixed(3)} | ${perMessage(dev, (t) => messageTone(t)).toFixed(1)} |`);
console.log(`| wink-nlp sentiment alone (cut ±${cutAlone}) | ${kappa(dev, (i) => alone(i, cutAlone)).toFixed(3)} | ${kappa(test, (i) => alone(i, cutAlone)).toFixed(3)} | ${perMessage(dev, wink).toFixed(1)} |`);
console.log(`| lexicon, wink-nlp breaking "neutral" (cut ±${cutTie}) | ${kappa(dev, (i) => tieBreak(i, cutTie)).toFixed(3)} | ${kappa(test, (i) => tieBreak(i, cutTie)).toFixed(3)} | ${perMessage(dev, (t) => (messageTone(t), wink(t))).toFixed(1)} |`);

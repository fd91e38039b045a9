#!/usr/bin/env node
/**
 * How well carelens's labels agree with careful human reviewers, per rubric: Cohen's kappa and percent
 * agreement on the real IBM conversations the reviewers labelled blind (tests/fixtures/labels; texts read
 * from ../shared/data). Sets: dev (reviewers A and C, the tuning set), test (reviewer B, held out: never
 * used to tune), and reviewer A vs reviewer B on the dev conversations both labelled (how well two careful
 * people agree). Customer tone also on real 2017 tweets from ../shared/data/twcs-sample, labelled blind by
 * an engineer: twcs-tone-labels (the second tuning set) and twcs-tone-check-labels (labelled after tuning,
 * never tuned on). Tone gets a confusion matrix too. Run from the built package: npm run agreement
 * (`node scripts/measure-agreement.mjs --tuning` prints the tuning sets only, without test.json).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { agreement, createScorer, mineTemplates } from "../dist/index.js";
import { loadExport } from "../dist/node/index.js";

const TONES = ["negative", "neutral", "positive"];

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const labels = (name) => readFileSync(here(`../tests/fixtures/labels/${name}.jsonl`), "utf8").trim().split("\n").map((line) => JSON.parse(line));
const FIELDS = [
  ["personalization", "personalization", (m) => m.rubrics.personalization.label],
  ["name-use", "nameUse", (m) => m.rubrics["name-use"].label],
  ["ownership", "ownership", (m) => m.rubrics.ownership.label],
  ["asksQuestion", "asksQuestion", (m) => String(m.asksQuestion)],
  ["givesAnswer", "givesAnswer", (m) => String(m.givesAnswer)],
  ["empathy", "empathy", (m) => m.rubrics.empathy.label],
];

async function carelensLabels(file) {
  const { conversations } = await loadExport(here(`../../shared/data/ibm-twitter-cdp/${file}.json`), { format: "ibm-cdp" });
  const scorer = createScorer({ templates: mineTemplates(conversations) });
  const out = new Map();
  for (const conversation of conversations) {
    const score = scorer.score(conversation);
    out.set(`${conversation.id}|conversation`, { rubric: score.rubrics["question-before-answer"] });
    for (const message of score.messages) out.set(`${conversation.id}|${message.messageId}`, message);
  }
  return out;
}

/** Pairs of [human, other] labels for every rubric, over the human's lines. */
function pairs(human, other, otherIsHuman) {
  const byRubric = new Map();
  const add = (rubric, a, b) => byRubric.set(rubric, [...(byRubric.get(rubric) ?? []), [a, b]]);
  for (const line of human) {
    const key = `${line.conversationId}|${line.level === "conversation" ? "conversation" : line.messageId}`;
    const o = other.get(key);
    if (!o) continue;
    if (line.level === "conversation") {
      add("question-before-answer", line.questionBeforeAnswer, otherIsHuman ? o.questionBeforeAnswer : o.rubric.label);
    } else if (line.role === "customer") {
      add("tone", line.tone, otherIsHuman ? o.tone : o.tone);
    } else {
      for (const [rubric, field, ours] of FIELDS) add(rubric, String(line[field]), otherIsHuman ? String(o[field]) : ours(o));
    }
  }
  return byRubric;
}

function table(title, byRubric) {
  const rows = [...byRubric].map(([rubric, p]) => {
    const a = agreement(p.map(([x]) => x), p.map(([, y]) => y));
    return `| ${rubric} | ${p.length} | ${(100 * a.percentAgreement).toFixed(1)}% | ${a.kappa.kappa.toFixed(3)} |`;
  });
  return [`### ${title}`, "", "| rubric | items | agreement | Cohen's kappa |", "|---|---|---|---|", ...rows, ""].join("\n");
}

/** carelens's tone for each labelled twcs message, scored in its thread like any export. */
async function twcsTones(lines) {
  const out = new Map();
  for (const file of new Set(lines.map((l) => l.file))) {
    const { conversations } = await loadExport(here(`../../shared/data/twcs-sample/${file}`), { format: "twcs" });
    const wanted = new Set(lines.filter((l) => l.file === file).map((l) => l.conversationId));
    const scorer = createScorer();
    for (const conversation of conversations.filter((c) => wanted.has(c.id))) {
      for (const message of scorer.score(conversation).messages) out.set(`${conversation.id}|${message.messageId}`, message);
    }
  }
  return out;
}

/** Rows: the human's label; columns: carelens's. */
function confusion(title, p) {
  const rows = TONES.map((h) => `| ${h} | ${TONES.map((o) => p.filter(([a, b]) => a === h && b === o).length).join(" | ")} |`);
  return [`Tone confusion, ${title} (rows: human, columns: carelens)`, "", `| human \\ carelens | ${TONES.join(" | ")} |`, "|---|---|---|---|", ...rows, ""].join("\n");
}

function toneSet(name, title, byRubric) {
  console.log(table(title, byRubric));
  console.log(confusion(name, byRubric.get("tone")));
}

const tuningOnly = process.argv.includes("--tuning");
const dev = await carelensLabels("dev");
const reviewerA = labels("dev-labels");
const reviewerB = new Map(labels("dev-tenth-second-reviewer").map((l) => [`${l.conversationId}|${l.level === "conversation" ? "conversation" : l.messageId}`, l]));
const devPairs = pairs([...reviewerA, ...labels("dev-odd-labels")], dev, false);
console.log(table("carelens vs reviewers A and C on dev.json (tuning set)", devPairs));
console.log(confusion("dev.json", devPairs.get("tone")));
for (const [name, title] of [
  ["twcs-tone-labels", "second tuning set"],
  ["twcs-tone-check-labels", "check set, labelled after tuning, never tuned on"],
]) {
  const lines = labels(name);
  toneSet(`${name}`, `carelens vs the blind tone labels of twcs-sample tweets in ${name} (${title})`, pairs(lines, await twcsTones(lines), false));
}
if (!tuningOnly) {
  const test = await carelensLabels("test");
  const testPairs = pairs(labels("test-labels"), test, false);
  console.log(table("carelens vs reviewer B on test.json (held out, never used for tuning)", testPairs));
  console.log(confusion("test.json (held out)", testPairs.get("tone")));
}
console.log(table("reviewer A vs reviewer B on the 53 dev conversations both labelled (two careful people)", pairs(reviewerA, reviewerB, true)));

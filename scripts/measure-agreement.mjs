#!/usr/bin/env node
/**
 * How well carelens's labels agree with careful human reviewers, per rubric: Cohen's kappa and percent
 * agreement on the real IBM conversations the reviewers labelled blind (tests/fixtures/labels; texts read
 * from ../shared/data). Sets: dev (reviewers A and C, the tuning set), test (reviewer B, held out: never
 * used to tune), and reviewer A vs reviewer B on the dev conversations both labelled (how well two careful
 * people agree), twcs+abcd (every agent reply in twcs-sample/sample.csv and abcd-sample, labelled blind:
 * a second tuning set from another source), and tone on real 2017 tweets from twcs-sample, labelled blind
 * by an engineer: twcs-tone-labels (tuning) and twcs-tone-check-labels (labelled after tuning, never tuned
 * on); and first tweets to SpotifyCares labelled blind by reviewers D and E (twcs-first-tone-D/E: even items
 * tuned on, odd items a check); fg: half of dev's replies labelled again, blind, by reviewers F and G. Tone always gets a confusion matrix. Run from the built package: npm run agreement
 *   --sets=dev,twcs,tone   only these sets (dev, twcs, tone, fg, test, ab; leave out test while tuning)
 *   --matrix               confusion matrices for every rubric
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { agreement, createScorer, mineTemplates } from "../dist/index.js";
import { loadExport } from "../dist/node/index.js";

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

const args = process.argv.slice(2);
const SETS = (args.find((a) => a.startsWith("--sets="))?.slice(7) ?? "dev,twcs,tone,fg,test,ab").split(",");
const MATRIX = args.includes("--matrix");

async function carelensLabels(file, format = "ibm-cdp") {
  const { conversations } = await loadExport(here(`../../shared/data/${format === "ibm-cdp" ? `ibm-twitter-cdp/${file}.json` : file}`), { format });
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

/** Rows: the reviewer's label; columns: the other's. */
function matrix(rubric, p) {
  const values = [...new Set(p.flat())].sort();
  const count = (a, b) => p.filter(([x, y]) => x === a && y === b).length;
  return [`${rubric} (rows reviewer, columns other): ${values.join(" / ")}`, ...values.map((a) => `  ${a.padEnd(16)} ${values.map((b) => String(count(a, b)).padStart(5)).join("")}`)].join("\n");
}

function table(title, byRubric) {
  const rows = [...byRubric].map(([rubric, p]) => {
    const a = agreement(p.map(([x]) => x), p.map(([, y]) => y));
    return `| ${rubric} | ${p.length} | ${(100 * a.percentAgreement).toFixed(1)}% | ${a.kappa.kappa.toFixed(3)} |`;
  });
  const shown = [...byRubric].filter(([rubric]) => MATRIX || rubric === "tone");
  const matrices = shown.length > 0 ? ["```", ...shown.map(([rubric, p]) => matrix(rubric, p)), "```", ""] : [];
  return [`### ${title}`, "", "| rubric | items | agreement | Cohen's kappa |", "|---|---|---|---|", ...rows, "", ...matrices].join("\n");
}

const reviewerA = labels("dev-labels");
if (SETS.includes("dev")) console.log(table("carelens vs reviewers A and C on dev.json (tuning set)", pairs([...reviewerA, ...labels("dev-odd-labels")], await carelensLabels("dev"), false)));
if (SETS.includes("twcs")) {
  const twcs = new Map([...(await carelensLabels("twcs-sample/sample.csv", "twcs")), ...(await carelensLabels("abcd-sample/abcd_sample.json", "abcd"))]);
  console.log(table("carelens vs blind labels of every agent reply in twcs-sample + abcd-sample (second tuning set, other source)", pairs(labels("twcs-abcd-agent-labels"), twcs, false)));
}
if (SETS.includes("tone")) {
  const tweets = new Map([...(await carelensLabels("twcs-sample/sample.csv", "twcs")), ...(await carelensLabels("twcs-sample/spotifycares_inbound.csv", "twcs"))]);
  console.log(table("carelens tone vs blind labels of twcs-sample tweets, twcs-tone-labels (second tuning set)", pairs(labels("twcs-tone-labels"), tweets, false)));
  console.log(table("carelens tone vs twcs-tone-check-labels (labelled after tuning, never tuned on)", pairs(labels("twcs-tone-check-labels"), tweets, false)));
  // First tweets of SpotifyCares threads, labelled blind by reviewers D and E: tuned on the even-numbered
  // items, the odd-numbered ones kept as a check. carelens is compared with the items both gave one label.
  const [d, e] = [labels("twcs-first-tone-D"), labels("twcs-first-tone-E")];
  const agreed = (parity) => d.filter((line, i) => i % 2 === parity && line.tone === e[i].tone);
  console.log(table("reviewer D vs reviewer E on 304 first tweets to SpotifyCares (two reviewers, blind)", pairs(d, new Map(e.map((l) => [`${l.conversationId}|${l.messageId}`, l])), true)));
  console.log(table("carelens tone vs reviewers D and E where they agree, even-numbered items (third tuning set)", pairs(agreed(0), tweets, false)));
  console.log(table("carelens tone vs reviewers D and E where they agree, odd-numbered items (check, not tuned on)", pairs(agreed(1), tweets, false)));
}
if (SETS.includes("fg")) {
  // Half of dev's replies (every other conversation) labelled again, blind, by reviewers F and G.
  const [f, g] = [labels("dev-reviewer-F"), labels("dev-reviewer-G")];
  const byKey = (lines) => new Map(lines.map((l) => [`${l.conversationId}|${l.messageId}`, l]));
  const ac = byKey([...reviewerA, ...labels("dev-odd-labels")]);
  console.log(table("reviewer F vs reviewer G on 295 dev replies (two reviewers, blind)", pairs(f, byKey(g), true)));
  console.log(table("reviewer F vs reviewers A and C on the same replies", pairs(f, ac, true)));
  const ours = await carelensLabels("dev");
  console.log(table("carelens vs reviewer F (dev, tuned on)", pairs(f, ours, false)));
  console.log(table("carelens vs reviewer G (dev, tuned on)", pairs(g, ours, false)));
}
if (SETS.includes("test")) console.log(table("carelens vs reviewer B on test.json (held out, never used for tuning)", pairs(labels("test-labels"), await carelensLabels("test"), false)));
if (SETS.includes("ab")) {
  const reviewerB = new Map(labels("dev-tenth-second-reviewer").map((l) => [`${l.conversationId}|${l.level === "conversation" ? "conversation" : l.messageId}`, l]));
  console.log(table("reviewer A vs reviewer B on the 53 dev conversations both labelled (two careful people)", pairs(reviewerA, reviewerB, true)));
}

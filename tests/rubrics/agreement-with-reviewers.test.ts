import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { agreement } from "../../src/compare/agreement.js";
import { createScorer } from "../../src/scoring/create-scorer.js";
import { mineTemplates } from "../../src/scoring/template-miner.js";
import { load } from "../support/collect.js";
import { dataText } from "../support/data.js";

// Regression guard: carelens's labels against the blind reviewers' labels of dev.json (reviewers A and C,
// tests/fixtures/labels). The floors sit a little under the measured values (npm run agreement prints them);
// a change that makes the labels worse fails here. The held-out test.json figures are in the README.
const FLOORS: Record<string, number> = {
  tone: 0.8,
  personalization: 0.65,
  "name-use": 0.93,
  ownership: 0.83,
  asksQuestion: 0.96,
  givesAnswer: 0.89,
  empathy: 0.94,
  "question-before-answer": 0.89,
};

// The second tuning set: every agent reply in ../shared/data/twcs-sample/sample.csv and abcd-sample (76
// replies, 30 conversations, other brands and a chat channel), labelled blind from GUIDELINES.md before
// carelens was run on them. Small, so the floors sit further under the measured values.
const OTHER_SOURCE_FLOORS: Record<string, number> = {
  personalization: 0.65,
  "name-use": 0.85,
  ownership: 0.8,
  asksQuestion: 0.9,
  givesAnswer: 0.75,
  empathy: 0.78,
  "question-before-answer": 0.7,
};

const labelLines = (name: string) =>
  readFileSync(new URL(`../fixtures/labels/${name}.jsonl`, import.meta.url), "utf8").trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown> & { conversationId: string; messageId?: string; level?: string; role?: string });

type Scores = Map<string, ReturnType<ReturnType<typeof createScorer>["score"]>>;

async function scored(sources: [string, "ibm-cdp" | "twcs" | "abcd"][]): Promise<Scores> {
  const scores: Scores = new Map();
  for (const [file, format] of sources) {
    const { conversations } = await load(dataText(file), format);
    const scorer = createScorer({ templates: mineTemplates(conversations) });
    for (const c of conversations) scores.set(c.id, scorer.score(c));
  }
  return scores;
}

/** [human, carelens] label pairs per rubric over the reviewers' lines. */
function labelPairs(lines: ReturnType<typeof labelLines>, scores: Scores): Map<string, [string, string][]> {
  const pairs = new Map<string, [string, string][]>();
  const add = (rubric: string, human: unknown, ours: unknown) => pairs.set(rubric, [...(pairs.get(rubric) ?? []), [String(human), String(ours)]]);
  for (const line of lines) {
    const score = scores.get(line.conversationId)!;
    if (line.level === "conversation") {
      add("question-before-answer", line.questionBeforeAnswer, score.rubrics["question-before-answer"]!.label);
      continue;
    }
    const message = score.messages.find((m) => m.messageId === line.messageId)!;
    if (line.role === "customer") add("tone", line.tone, message.tone);
    else {
      add("personalization", line.personalization, message.rubrics.personalization!.label);
      add("name-use", line.nameUse, message.rubrics["name-use"]!.label);
      add("ownership", line.ownership, message.rubrics.ownership!.label);
      add("asksQuestion", line.asksQuestion, message.asksQuestion);
      add("givesAnswer", line.givesAnswer, message.givesAnswer);
      add("empathy", line.empathy, message.rubrics.empathy!.label);
    }
  }
  return pairs;
}

describe("carelens's labels agree with careful reviewers on ../shared/data/ibm-twitter-cdp/dev.json", async () => {
  const pairs = labelPairs([...labelLines("dev-labels"), ...labelLines("dev-odd-labels")], await scored([["ibm-twitter-cdp/dev.json", "ibm-cdp"]]));

  it.each(Object.entries(FLOORS))("%s: Cohen's kappa at least %d", (rubric, floor) => {
    const p = pairs.get(rubric)!;
    expect(p.length).toBeGreaterThan(500);
    const { kappa } = agreement(p.map(([a]) => a), p.map(([, b]) => b));
    expect(kappa.kappa).toBeGreaterThanOrEqual(floor);
  });
});

describe("carelens's labels agree with blind labels of every agent reply in twcs-sample and abcd-sample", async () => {
  const pairs = labelPairs(labelLines("twcs-abcd-agent-labels"), await scored([["twcs-sample/sample.csv", "twcs"], ["abcd-sample/abcd_sample.json", "abcd"]]));

  it.each(Object.entries(OTHER_SOURCE_FLOORS))("%s: Cohen's kappa at least %d", (rubric, floor) => {
    const p = pairs.get(rubric)!;
    expect(p.length).toBe(rubric === "question-before-answer" ? 30 : 76);
    const { kappa } = agreement(p.map(([a]) => a), p.map(([, b]) => b));
    expect(kappa.kappa).toBeGreaterThanOrEqual(floor);
  });
});

// Customer tone on real 2017 tweets from ../shared/data/twcs-sample, labelled blind (see
// tests/fixtures/labels/GUIDELINES.md): by an engineer, the second tuning set and the check set labelled after
// tuning; by reviewers D and E, first tweets of SpotifyCares threads.
// Floors sit a little under the measured values (npm run agreement prints them and the confusion matrices).
const TWCS_TONE_FLOORS: [string, number, number][] = [
  ["twcs-tone-labels", 0.78, 318],
  ["twcs-tone-check-labels", 0.68, 166],
  // First tweets to SpotifyCares, reviewers D and E (even items tuned on, odd items a check): 0.717 and 0.693.
  ["twcs-first-tone-D", 0.69, 304],
  ["twcs-first-tone-E", 0.67, 304],
];

describe.each(TWCS_TONE_FLOORS)("carelens's customer tone agrees with the blind labels in %s", (name, floor, count) => {
  it(`Cohen's kappa at least ${floor}`, async () => {
    const lines = labelLines(name) as (ReturnType<typeof labelLines>[number] & { file: string; tone: string })[];
    expect(lines).toHaveLength(count);
    const ours = new Map<string, string>();
    for (const file of new Set(lines.map((l) => l.file))) {
      const wanted = new Set(lines.filter((l) => l.file === file).map((l) => l.conversationId));
      const { conversations } = await load(dataText(`twcs-sample/${file}`), "twcs");
      const scorer = createScorer();
      for (const c of conversations.filter((c) => wanted.has(c.id))) for (const m of scorer.score(c).messages) ours.set(`${c.id}|${m.messageId}`, m.tone);
    }
    const pairs = lines.map((l) => [l.tone, ours.get(`${l.conversationId}|${l.messageId}`)!] as const);
    expect(pairs.every(([, b]) => b !== undefined)).toBe(true);
    const { kappa } = agreement(pairs.map(([a]) => a), pairs.map(([, b]) => b));
    expect(kappa.kappa).toBeGreaterThanOrEqual(floor);
  });
});

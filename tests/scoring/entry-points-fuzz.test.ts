import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { metricsSummary } from "../../src/metrics/metrics-summary.js";
import { summaryRows } from "../../src/metrics/summary-rows.js";
import { metricsCsv } from "../../src/metrics/metrics-csv.js";
import type { Conversation } from "../../src/model/conversation.js";
import type { Message } from "../../src/model/message.js";
import { toCsv } from "../../src/output/csv.js";
import { toNdjson } from "../../src/output/ndjson.js";
import { conversationRecord, flatRecord, messageRecords } from "../../src/output/score-records.js";
import { checkDraft } from "../../src/scoring/check-draft.js";
import { createScorer } from "../../src/scoring/create-scorer.js";
import { mineTemplates } from "../../src/scoring/template-miner.js";
import { expectPrototypeClean, fuzz, HOSTILE_KEYS, nastyText } from "../support/fuzz.js";

/**
 * The public entry points after loading, on conversations a loader could produce from hostile data:
 * texts written by the public, times null, out of order or far in the future, repeated ids, names and
 * ids that are formulas or Object.prototype members. Nothing may throw, results are deterministic, and
 * every CSV cell a spreadsheet would run as a formula is neutralised.
 */

const careText = fc.constantFrom(
  "@AcmeHelp my order hasn't arrived, third time this week!!! 😡",
  "@bob Sorry to hear that! Could you DM us your order number? ^MM",
  "@bob We've refunded the charge, it'll show in 3-5 days. ^JS",
  "Thanks so much, that worked!",
  "=HYPERLINK(\"http://evil\",\"click\")",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "Hi Ana, please call 1-800-555 or email us at help@acme.com -AY",
);
const time = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: Date.UTC(2017, 0, 1), max: Date.UTC(2017, 0, 8) }).map((t) => new Date(t)) },
  { weight: 1, arbitrary: fc.constantFrom(null, new Date(8.64e15), new Date(-8.64e15), new Date(0), new Date(Date.UTC(9999, 11, 31))) },
);
const name = fc.oneof(fc.constantFrom("AcmeHelp", "", "=1+1", "+cmd", "-2", "@x", "\tTab", ...HOSTILE_KEYS), nastyText);

const message = fc.record({
  id: fc.oneof(fc.integer({ min: 1, max: 6 }).map(String), name),
  role: fc.constantFrom("customer", "agent", "agent", "bot", "system") as fc.Arbitrary<Message["role"]>,
  authorId: name,
  agentId: fc.option(name, { nil: undefined }),
  sentAt: time,
  text: fc.oneof({ weight: 3, arbitrary: careText }, { weight: 2, arbitrary: nastyText }),
});

const conversationArb: fc.Arbitrary<Conversation> = fc
  .record({ id: name, brand: name, customer: name, group: fc.option(fc.constantFrom("pilot", "control", "__proto__"), { nil: undefined }), messages: fc.array(message, { maxLength: 8 }) })
  .map((c) => ({
    id: c.id,
    channel: "twitter",
    brand: c.brand,
    customer: { id: c.customer, handle: c.customer, attributes: {} },
    ...(c.group ? { group: c.group } : {}),
    messages: c.messages.map((m) => {
      const out: Message = { ...m, conversationId: c.id, channel: "twitter", visibility: "public" };
      if (m.agentId === undefined) delete out.agentId;
      return out;
    }),
  }));

/** Every cell of a CSV written by carelens, parsed back. */
function cells(csv: string): string[] {
  return (parse(csv, { relax_column_count: true }) as string[][]).flat();
}

/** A cell a spreadsheet would run: starts with = + - @ tab or CR, and is not a plain number. */
function isFormula(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(cell);
}

let generated = 0;
afterAll(() => {
  expectPrototypeClean();
  if (process.env.FUZZ_REPORT) console.log(`FUZZ entry-points: ${generated} generated inputs`);
});

describe("scoring, drafts, metrics and writers on hostile conversations", () => {
  it("createScorer().score, checkDraft and metricsSummary never throw and are deterministic", () => {
    fc.assert(
      fc.property(fc.array(conversationArb, { maxLength: 5 }), nastyText, (conversations, draft) => {
        generated++;
        const templates = mineTemplates(conversations);
        const scorer = createScorer({ templates });
        const scores = conversations.map((c) => scorer.score(c));
        expect(JSON.stringify(conversations.map((c) => createScorer({ templates: mineTemplates(conversations) }).score(c)))).toBe(JSON.stringify(scores));
        for (const score of scores) {
          for (const result of Object.values(score.rubrics)) expect(result.score === null || (result.score >= 0 && result.score <= 1)).toBe(true);
        }
        for (const conversation of conversations) {
          const check = checkDraft(conversation, draft, { scorer, at: new Date(Date.UTC(2017, 0, 9)) });
          expect(typeof check.passes).toBe("boolean");
        }
        const summary = metricsSummary(conversations, { by: "brand" });
        expect(summary.contacts).toBeLessThanOrEqual(conversations.length);
        expect(JSON.stringify(metricsSummary(conversations, { by: "brand" }))).toBe(JSON.stringify(summary));
        expectPrototypeClean();
      }),
      fuzz(120),
    );
  });

  it("every CSV writer neutralises formulas in every cell, and NDJSON lines parse back", () => {
    fc.assert(
      fc.property(fc.array(conversationArb, { minLength: 1, maxLength: 4 }), (conversations) => {
        generated++;
        const scorer = createScorer({ templates: mineTemplates(conversations) });
        const scores = conversations.map((c) => scorer.score(c));
        const messageRows = scores.flatMap((s) => messageRecords(s));
        const conversationRows = scores.map((s, i) => conversationRecord(s, conversations[i]));
        const csvs = [
          toCsv(messageRows.map(flatRecord)),
          toCsv(conversationRows.map(flatRecord)),
          toCsv(summaryRows(metricsSummary(conversations, { by: "brand" }))),
          metricsCsv(summaryRows(metricsSummary(conversations, { by: "agent" }))),
        ];
        for (const csv of csvs) for (const cell of cells(csv)) expect(isFormula(cell), `cell ${JSON.stringify(cell)}`).toBe(false);
        for (const line of toNdjson([...messageRows, ...conversationRows]).trimEnd().split("\n")) expect(() => JSON.parse(line)).not.toThrow();
      }),
      fuzz(80),
    );
  });

  it("toCsv writes any cell value (text, numbers, invalid dates, objects, hostile keys) and reads back the same cells", () => {
    const value = fc.oneof(nastyText, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date(), fc.constant(new Date(Number.NaN)), fc.jsonValue({ maxDepth: 2 }));
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.oneof(nastyText, fc.constantFrom(...HOSTILE_KEYS)), value, { maxKeys: 4 }), { maxLength: 5 }), (rows) => {
        generated++;
        const csv = toCsv(rows);
        const parsed = parse(csv, { relax_column_count: false, bom: false }) as string[][];
        expect(parsed.length).toBe(rows.length + 1);
        for (const cell of parsed.flat()) expect(isFormula(cell), `cell ${JSON.stringify(cell)}`).toBe(false);
        expectPrototypeClean();
      }),
      fuzz(300),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtInRubrics } from "../../src/rubrics/index.js";
import type { AnyRubric, Evidence, MessageRubric, RubricResult } from "../../src/rubrics/types.js";
import { rollUp } from "../../src/scoring/roll-up.js";

/** The roll-up as first written (filter, Map of label counts, spreads): the one-pass version must agree with it exactly. */
function referenceRollUp(rubric: AnyRubric, results: readonly RubricResult[]) {
  const combine = (): RubricResult => {
    const applicable = results.filter((r) => r.score !== null);
    if (results.length === 0) return { label: (rubric as MessageRubric).vocabulary.includes("n/a") ? "n/a" : rubric.vocabulary[rubric.vocabulary.length - 1]!, score: null, evidence: [] };
    if (rubric.id === "name-use") {
      const used = results.find((r) => r.label === "used");
      return used ? { ...used } : { label: "not-used", score: 0, evidence: [] };
    }
    if (applicable.length === 0) return { label: results[0]!.label, score: null, evidence: [] };
    const score = applicable.reduce((sum, r) => sum + r.score!, 0) / applicable.length;
    const counts = new Map<string, { n: number; score: number }>();
    for (const r of applicable) {
      const entry = counts.get(r.label) ?? { n: 0, score: r.score! };
      entry.n++;
      counts.set(r.label, entry);
    }
    let label = "";
    let best: { n: number; score: number } | undefined;
    for (const [candidate, entry] of counts) {
      if (!best || entry.n > best.n || (entry.n === best.n && entry.score < best.score)) [label, best] = [candidate, entry];
    }
    return { label, score, evidence: [] };
  };
  return { ...combine(), replies: results.length };
}

describe("rollUp", () => {
  const messageRubrics = builtInRubrics.filter((r): r is MessageRubric => r.level === "message");
  const result = (rubric: MessageRubric) =>
    fc.record({
      label: fc.constantFrom(...rubric.vocabulary),
      score: fc.option(fc.constantFrom(0, 0.25, 0.5, 1, 0.1, 0.7), { nil: null }),
      evidence: fc.constant([] as Evidence[]),
    });

  it("gives exactly what the filter-and-Map roll-up gave, key order included, for every message rubric", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...messageRubrics).chain((rubric) => fc.tuple(fc.constant(rubric), fc.array(result(rubric), { maxLength: 12 }))),
        ([rubric, results]) => {
          expect(JSON.stringify(rollUp(rubric, results))).toBe(JSON.stringify(referenceRollUp(rubric, results)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("copies a used name-use result as a spread would: every own key in order, replies last or in place, an own __proto__ kept", () => {
    const nameUse = builtInRubrics.find((r) => r.id === "name-use")!;
    const results = [
      { label: "not-used", score: 0, evidence: [] },
      { label: "used", score: 1, evidence: [], name: "Justin", replies: 9 },
      JSON.parse('{"label":"used","score":1,"evidence":[],"__proto__":{"x":1}}') as RubricResult,
    ];
    const spread = (r: RubricResult, replies: number) => ({ ...r, replies });
    expect(JSON.stringify(rollUp(nameUse, results.slice(0, 2)))).toBe(JSON.stringify(spread(results[1]!, 2)));
    const withProto = rollUp(nameUse, [results[2]!]);
    expect(JSON.stringify(withProto)).toBe(JSON.stringify(spread(results[2]!, 1)));
    expect(Object.getPrototypeOf(withProto)).toBe(Object.prototype);
  });
});

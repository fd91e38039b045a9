import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultScorecard, scorecardOfResults, scorecardTotal } from "../../src/scoring/scorecard.js";

describe("scorecardOfResults", () => {
  it("gives what scorecardTotal gives on the results' scores", () => {
    const ids = defaultScorecard.items.map((item) => item.rubric);
    const score = fc.option(fc.constantFrom(0, 0.25, 0.5, 1, 0.3), { nil: null });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ids, "other"), score), (scores) => {
        const results = Object.fromEntries(Object.entries(scores).map(([id, s]) => [id, { label: "x", score: s, evidence: [] }]));
        expect(scorecardOfResults(defaultScorecard, results)).toEqual(scorecardTotal(defaultScorecard, scores));
      }),
      { numRuns: 1000, seed: 5 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ahoCorasick } from "../../src/text/aho-corasick.js";

/** At each end position, per set, the shortest of its literals ending there: by the automaton and by brute force. */
function endsByAutomaton(sets: string[][], text: string): string[] {
  const { column, width, target, ends } = ahoCorasick(sets);
  const out: string[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = target[state * width + column[text.charCodeAt(i)]!]!;
    for (const [slot, length] of [...ends[state]!].sort((a, b) => a[0] - b[0])) out.push(`${i + 1}:${slot}:${length}`);
  }
  return out;
}

function endsByBruteForce(sets: string[][], text: string): string[] {
  const out: string[] = [];
  for (let end = 1; end <= text.length; end++) {
    sets.forEach((set, slot) => {
      const lengths = set.filter((literal) => literal !== "" && text.slice(0, end).endsWith(literal)).map((literal) => literal.length);
      if (lengths.length > 0) out.push(`${end}:${slot}:${Math.min(...lengths)}`);
    });
  }
  return out;
}

describe("ahoCorasick", () => {
  it("reports, at every position, each set's shortest literal ending there", () => {
    expect(endsByAutomaton([["sorry", "ry"], ["orr"]], "sorry")).toEqual(["4:1:3", "5:0:2"]);
  });

  it("agrees with brute force on random literal sets and texts", () => {
    const letters = fc.string({ unit: fc.constantFrom("a", "b", "c", " "), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(fc.array(letters, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.string({ unit: fc.constantFrom("a", "b", "c", " ", "d"), maxLength: 40 }), (sets, text) => {
        expect(endsByAutomaton(sets, text)).toEqual(endsByBruteForce(sets, text));
      }),
      { numRuns: 2000 },
    );
  });
});

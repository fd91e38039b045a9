import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ahoCorasick } from "../../src/text/aho-corasick.js";
import { literalGate, literalGates, type LiteralGate } from "../../src/text/literal-gate.js";

/** Queries a new gate until the automaton holds it (rebuilds wait for up to 4096 queries). */
function built(gate: LiteralGate): LiteralGate {
  for (let i = 0; i < 5000; i++) gate.mayMatch("");
  return gate;
}

describe("literalGate", () => {
  it("answers whether the text holds a literal, reading A-Z as a-z", () => {
    const gate = built(literalGate(["sorry", "apolog"]));
    expect(gate.mayMatch("So SORRY!")).toBe(true);
    expect(gate.mayMatch("We Apologise")).toBe(true);
    expect(gate.mayMatch("Thanks, sorr y")).toBe(false);
    expect(gate.mayMatch("sorr")).toBe(false);
  });

  it("never pairs an ASCII literal with a non-ASCII character (as regexes without the u flag do)", () => {
    const gate = built(literalGate(["kiss"]));
    expect(gate.mayMatch("\u212Aiss")).toBe(false); // Kelvin sign
    expect(gate.mayMatch("ki\u017Fs")).toBe(false); // long s
    expect(gate.mayMatch("KISS")).toBe(true);
  });

  it("answers \"may match\" for a gate not built yet, and for one with a literal it cannot scan for", () => {
    expect(literalGate(["café"]).mayMatch("nothing")).toBe(true);
    expect(literalGate([""]).mayMatch("nothing")).toBe(true);
  });

  it("keeps every gate right when many share the automaton and texts alternate", () => {
    const lists = [["ab", "b c"], ["c"], ["abc", "x"], ["a b"], ["zz"], ["bca", "cab"]];
    const gates = lists.map((literals) => built(literalGate(literals)));
    built(literalGate(["late"])); // a rebuild after the others
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom("a", "B", "c", " ", "x", "Z", "é"), maxLength: 10 }), { minLength: 1, maxLength: 4 }), (texts) => {
        for (const text of [...texts, ...texts]) {
          const lower = text.toLowerCase();
          gates.forEach((gate, i) => expect(gate.mayMatch(text)).toBe(lists[i]!.some((literal) => lower.includes(literal))));
        }
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  it("stays right with more states than a 16-bit table holds", () => {
    // 12,000 six-letter literals: over 32,768 states, so the table falls back to 32 bits.
    const literals = Array.from({ length: 12000 }, (_, i) => [...(i * 7919).toString(26).padStart(6, "0")].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join(""));
    expect(ahoCorasick([literals]).states).toBeGreaterThan(0x8000);
    const gate = built(literalGate(literals));
    expect(gate.mayMatch(`x ${literals[11999]!.toUpperCase()} y`)).toBe(true);
    expect(gate.mayMatch(`x ${literals[5000]!.slice(0, 5)} y`)).toBe(false); // shorter than every literal
    const texts = Array.from({ length: 200 }, (_, i) => literals[(i * 37) % literals.length]!.slice(1) + literals[(i * 53) % literals.length]!.slice(0, 4));
    for (const text of texts) expect(gate.mayMatch(text)).toBe(literals.some((literal) => text.includes(literal)));
  });

  it("answers for each set of a multi-set gate, sets with no literal to scan for always", () => {
    const sets = [["ab", "b c"], undefined, ["c"], [], ["zz", "x"], ["café"], ["ab"]];
    const gates = literalGates(() => sets, sets.length);
    const out = new Int32Array(sets.length);
    expect(gates.mayMatch("nothing", out)).toBe(sets.length); // not built yet: every set
    for (let i = 0; i < 5000; i++) gates.mayMatch("", out);
    const single = built(literalGate(["a"])); // shares the automaton
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom("a", "B", "c", " ", "x", "Z", "é"), maxLength: 10 }), { minLength: 1, maxLength: 4 }), (texts) => {
        for (const text of [...texts, ...texts]) {
          const lower = text.toLowerCase();
          const want = sets.flatMap((set, k) => (!set || set.length === 0 || set.some((l) => /[^a-z ]/.test(l)) || set.some((l) => lower.includes(l)) ? [k] : []));
          const count = gates.mayMatch(text, out);
          expect([...out.subarray(0, count)]).toEqual(want);
          expect(single.mayMatch(text)).toBe(lower.includes("a"));
        }
      }),
      { seed: 6, numRuns: 500 },
    );
  });
});

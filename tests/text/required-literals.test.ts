import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fragmentLiterals, requiredLiterals, requiredLiteralsEach } from "../../src/text/required-literals.js";

describe("fragmentLiterals: one of them occurs in any match", () => {
  it.each([
    ["sorry (?:for|about)", ["sorry about", "sorry for"]],
    ["(?:a )?pain", ["a pain", "pain"]], // optional group: both ways
    ["(?:dm|pm) (?:us|me)", ["dm me", "dm us", "pm me", "pm us"]], // alternations multiply while the set is small
    ["disgust\\w{0,5}", ["disgust"]], // \w{0,n} may match nothing
    ["capitali[sz]\\w{1,4} on", ["capitalis", "capitaliz"]],
    ["f+u+c+k", ["fu"]], // x+y+: where one run meets the next
    ["X+Y+", ["xy"]], // lowercase
    ["a{2,}b", ["aa"]],
    ["gr{3,5}", ["grrr", "grrrr", "grrrrr"]],
    ["sh[i1]t", ["sh1t", "shit"]], // a small class is a set of characters
    ["[A-C]x", ["ax", "bx", "cx"]],
    ["[^a]bc", ["bc"]], // a negated class is any character
    ["\\d{2}x", expect.arrayContaining(["0x", "9x"])],
    ["(?<!as )a joke", ["a joke"]], // lookarounds consume nothing
    ["shame\\b(?!ful)", ["shame"]],
    ["again\\W{0,3}$", ["again"]],
    ["\\?{2}", ["??"]],
    ["we['’]ll", ["we'll"]], // texts are matched with straight apostrophes
    ["café", ["caf"]], // a non-ASCII character is any character
  ])("%s", (fragment, literals) => {
    expect(fragmentLiterals(fragment)).toEqual(literals);
  });

  it("gives none when a match need hold no literal, or for syntax it does not know", () => {
    expect(fragmentLiterals("\\w{0,8}")).toBeUndefined();
    expect(fragmentLiterals("(?:a")).toBeUndefined();
    expect(fragmentLiterals("\\w{2,20}\\s(?:>|→)\\s\\w{2,20}")).toBeUndefined();
    expect(fragmentLiterals("\\p{L}")).toBeUndefined();
  });
});

describe("requiredLiterals (a whole lexicon)", () => {
  it("keeps the shorter of two literals when one holds the other, and cuts literals to 8 characters", () => {
    expect(requiredLiterals(["(?:a )?pain", "painful", "unacceptable"])).toEqual(["pain", "unaccept"]);
  });
  it("gives none when one fragment gives none (the lexicon always runs)", () => {
    expect(requiredLiterals(["sorry", "\\w{1,3}"])).toBeUndefined();
  });
  it("gives each fragment's literals on their own (requiredLiteralsEach), none for a fragment that gives none", () => {
    expect(requiredLiteralsEach(["(?:a )?pain", "\\w{1,3}", "unacceptable|painful"])).toEqual([["pain"], undefined, ["painful", "unaccept"]]); // "a pain" holds "pain"
  });
});

// Fragments built at random from the syntax the lexicons use: whenever one matches a text, the text
// (A-Z as a-z) holds one of its literals.
const fragment = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom("a", "b", "A", "B", " ", "'", "’", "1", "\\.", "-", "[ab]", "[^a]", "[a-c]", "[’']", "\\d", "\\w", "\\s", "\\W", ".", "\\b", "^", "$", "é"),
    fc.tuple(tie("node"), tie("node")).map(([x, y]) => x + y),
    fc.tuple(tie("node"), tie("node")).map(([x, y]) => `(?:${x}|${y})`),
    fc.tuple(tie("node"), fc.constantFrom("?", "+", "*", "{2}", "{0,2}", "{1,3}", "{2,}", "??")).map(([x, q]) => `(?:${x})${q}`),
    fc.tuple(fc.constantFrom("(?=", "(?!", "(?<=", "(?<!"), tie("node")).map(([look, x]) => `${look}${x})`),
  ),
})).node;

describe("the derivation never misses (random fragments and texts)", () => {
  it("finds one literal in every text a fragment matches", () => {
    let matched = 0;
    fc.assert(
      fc.property(fragment, fc.string({ unit: fc.constantFrom("a", "b", "c", "A", "B", " ", "'", "’", "1", "2", ".", "-", "é", "\n"), maxLength: 12 }), (source, raw) => {
        const text = raw.replaceAll("’", "'");
        if (!new RegExp(source, "i").test(text)) return;
        matched++;
        const literals = fragmentLiterals(source);
        const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
        if (literals) expect(literals.some((literal) => lower.includes(literal))).toBe(true);
        const cut = requiredLiterals([source, "zz"]);
        if (cut) expect(cut.some((literal) => lower.includes(literal))).toBe(true);
      }),
      { seed: 21, numRuns: 20_000 },
    );
    expect(matched).toBeGreaterThan(5_000); // the property was tested, not skipped
  });
});

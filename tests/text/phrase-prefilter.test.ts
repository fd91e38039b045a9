import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { definitionMatches, definitionRegex } from "../support/phrase-definition.js";
import { patterns, useReferenceMatching } from "../../src/text/phrase-matcher.js";
import * as tone from "../../src/text/tone-lexicon.js";
import * as cues from "../../src/text/tone-cues.js";
import * as acts from "../../src/text/act-lexicon.js";
import * as ownership from "../../src/rubrics/ownership-lexicon.js";

// Every built-in lexicon: the prefiltered matcher (the default) finds what its regex alone finds.
const lexicons = Object.entries({ ...tone, ...cues, ...acts, ...ownership }).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]));

/** The bits of literal text in a lexicon's fragments ("sorry (?:for|about)" gives "sorry ", "for", "about"). */
function pieces(fragments: readonly string[]): string[] {
  const bits = fragments.flatMap((f) => f.replace(/\\[bBwWdDsS]|\(\?(?:[:=!]|<[=!])|[()|?*+{}[\]^$\\]|\d{1,3},?\d{0,3}/g, "|").split("|"));
  return [...new Set(bits.filter((w) => w.trim().length > 0))];
}

/**
 * A text a fragment may match, choosing alternatives and repeat counts from `choices` (lookarounds left
 * out, so not every sample matches): "sorry (?:for|about)" gives "sorry for" or "sorry about".
 */
function sample(fragment: string, choices: readonly number[]): string {
  let at = 0;
  let turn = 0;
  const choose = (n: number) => (choices.length ? choices[turn++ % choices.length]! % n : 0);
  const alternation = (): string => {
    const options = [sequence()];
    while (fragment[at] === "|") {
      at++;
      options.push(sequence());
    }
    return options[choose(options.length)]!;
  };
  const sequence = (): string => {
    let out = "";
    while (at < fragment.length && fragment[at] !== "|" && fragment[at] !== ")") {
      const atom = single();
      const quantifier = /^(?:\?|\*|\+|\{(\d+)(?:,(\d*))?\})/.exec(fragment.slice(at));
      if (!quantifier) {
        out += atom;
        continue;
      }
      at += quantifier[0].length;
      const min = quantifier[1] ? Number(quantifier[1]) : quantifier[0] === "+" ? 1 : 0;
      const max = quantifier[0] === "?" ? 1 : quantifier[2] === undefined && quantifier[1] ? min : Math.min(Number(quantifier[2] || min + 2), min + 2);
      out += atom.repeat(min + choose(max - min + 1));
    }
    return out;
  };
  const single = (): string => {
    const char = fragment[at++]!;
    if (char === "(") {
      const look = /^\?(?:<?[=!])/.exec(fragment.slice(at));
      if (fragment.startsWith("?:", at)) at += 2;
      else if (look) at += look[0].length;
      const inner = alternation();
      at++; // ")"
      return look ? "" : inner;
    }
    if (char === "[") {
      const end = fragment.indexOf("]", at + 1);
      const body = fragment.slice(at, end);
      at = end + 1;
      return body.startsWith("^") ? "x" : body.replace(/\\/g, "")[0] === "\\" ? "x" : (body[0] === "\\" ? body[1] : body[0])!;
    }
    if (char === "\\") {
      const escaped = fragment[at++]!;
      return { w: "x", d: "7", s: " ", W: " ", b: "", B: "", "1": "a" }[escaped] ?? escaped;
    }
    return char === "." ? "x" : char === "^" || char === "$" ? "" : char;
  };
  return alternation();
}

const NOISE = [" ", " ", "  ", ",", ".", "!", "?", "??", "'", "’", "-", "@x", "1", "42", "a", "the", "we", "you", "not", "\n", "aaaa", "nooo", "é", "😡", "中"];

describe("the lexicon prefilter changes no match", () => {
  const matching = new Map<string, number>();
  it.each(lexicons)("%s: find() and first() equal the definition's (the reference regex, unfiltered)", (name, fragments) => {
    const matcher = patterns(fragments);
    const regex = definitionRegex(fragments);
    const words = pieces(fragments);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.tuple(fc.constantFrom(...fragments), fc.array(fc.nat(), { maxLength: 8 })).map(([f, choices]) => sample(f, choices)),
            fc.constantFrom(...words),
            fc.constantFrom(...words).map((w) => w.toUpperCase()),
            fc.constantFrom(...NOISE),
          ),
          { maxLength: 10 },
        ),
        fc.boolean(),
        fc.nat(20),
        (parts, spaced, cut) => {
          const text = parts.join(spaced ? " " : "");
          const found = matcher.find(text);
          if (found.length > 0) matching.set(name, (matching.get(name) ?? 0) + 1);
          expect(found).toEqual(definitionMatches(regex, text));
          expect(matcher.first(text)).toEqual(found[0]);
          const to = Math.max(0, text.length - cut);
          expect(matcher.find(text, 2, to)).toEqual(definitionMatches(regex, text, 2, to));
          expect(matcher.first(text, 2, to)).toEqual(definitionMatches(regex, text, 2, to)[0]);
          // The reference compilation, switched on, finds the same.
          useReferenceMatching(true);
          try {
            expect(matcher.find(text)).toEqual(found);
          } finally {
            useReferenceMatching(false);
          }
        },
      ),
      { seed: 13, numRuns: 400 },
    );
  });

  it("was tested on texts that match: most lexicons matched many of them", () => {
    const often = lexicons.filter(([name]) => (matching.get(name) ?? 0) >= 40);
    expect(often.length).toBeGreaterThan(lexicons.length * 0.8);
  });
});

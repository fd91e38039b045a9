import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import * as lexicons from "../../src/text/act-lexicon.js";
import { requiredLiterals } from "../../src/text/required-literals.js";
import { textFeatures } from "../../src/text/text-features.js";

// dialogueActs as it is, and with every lexicon run on every sentence (no sentence skipped by its literals).
const fast = await import("../../src/text/dialogue-acts.js");
vi.resetModules();
vi.doMock("../../src/text/sentence-literals.js", () => ({ sentenceLiterals: () => (_text: string, sentences: readonly unknown[]) => sentences.map(() => -1) }));
const everySentence = await import("../../src/text/dialogue-acts.js");
vi.doUnmock("../../src/text/sentence-literals.js");

const lists = Object.values(lexicons).filter((v): v is string[] => Array.isArray(v));
const words = [...new Set(lists.flat().join(" ").toLowerCase().match(/[a-z']{2,}/g))];
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words).chain((w) => fc.constantFrom(w, w[0]!.toUpperCase() + w.slice(1), w.replace("'", "’"))) },
  { weight: 4, arbitrary: fc.constantFrom(" ", " ", " ", ". ", "? ", "! ", ", ", ": ", " - ", "\n", " > ", " → ", " -> ", ">", "→") },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "https://support.google.com/accounts/answer/1", "https://help.x.com/hc/en-us", "https://support.zoom.us/hc/en-us/requests/new", "^SJ", "you", "us", "the", "it", "we", "to",
      "Try restarting", "Let us know which device", "we’ve refunded", "This can take up to 3 days", "Could you try", "DM us", "Does that help?", "Which app is it?",
      "Settings > Privacy", "Account → Settings", "settings->", "Library -> Songs",
    ),
  },
);
const texts = fc.array(token, { maxLength: 40 }).map((parts) => "@x " + parts.join(""));

describe("dialogueActs(features): skipping lexicons by their literals changes nothing", () => {
  it("gives the acts of running every lexicon on every sentence", () => {
    fc.assert(
      fc.property(texts, fc.boolean(), fc.boolean(), (text, routeWanted, customerAsked) => {
        const features = textFeatures(text, "agent");
        expect(fast.dialogueActs(features, { routeWanted, customerAsked })).toEqual(everySentence.dialogueActs(features, { routeWanted, customerAsked }));
      }),
      { numRuns: 3000, seed: 31 },
    );
  });
});

describe("STEP_CUE's sentence test", () => {
  const ARROW = "(?:>|→|->)";
  it("leaves out of its bit only menu paths, whose arrow group every match needs", () => {
    // The fragments with no literal for the masks are all menu paths (else the arrow test would miss them).
    for (const fragment of lexicons.STEP_CUE) if (requiredLiterals([fragment]) === undefined) expect(fragment).toContain(ARROW);
    for (const fragment of lexicons.STEP_CUE.filter((f) => f.includes(ARROW))) {
      const at = fragment.indexOf(ARROW);
      const before = fragment.slice(0, at);
      const after = fragment.slice(at + ARROW.length);
      // Not inside a group, not one branch of an alternation, not optional or repeated from zero.
      expect(before.split("(").length).toBe(before.split(")").length);
      expect(before + after).not.toContain("|");
      expect(after).not.toMatch(/^(?:\?|\*|\{0)/);
    }
  });
});

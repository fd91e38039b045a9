import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentences } from "../../src/text/sentences.js";
import { textFeatures } from "../../src/text/text-features.js";
import { words } from "../../src/text/words.js";

describe("textFeatures words and sentences", () => {
  const piece = fc.constantFrom("@Acme", "@bo_2", " ", "  ", "hi", "We'll", "fix", "it.", "Sorry!", "a@b.co", "ana.b@example.co.uk", "https://t.co/x", "www.x.com/a.b", "pic.twitter.com/ab", "é", "Which app?", "\n", "^MM", " -JS");
  it("keeps the body's words after the leading handles and outside handles, links and addresses; sentences after the handles", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), fc.constantFrom("agent", "customer") as fc.Arbitrary<"agent" | "customer">, (parts, role) => {
        const text = parts.join("");
        const f = textFeatures(text, role);
        const body = text.slice(0, f.signature ? f.signature.start : text.length);
        const spans = [...f.handles, ...f.links, ...f.emails];
        const inside = (at: number) => spans.some((s) => s.start <= at && at < s.end);
        expect(f.words).toEqual(words(body).filter((w) => w.start >= f.leadEnd && !inside(w.start)));
        const expected = sentences(body, f.links)
          .filter((s) => s.end > f.leadEnd)
          .map((s) => (s.start < f.leadEnd ? { ...s, start: f.leadEnd, text: text.slice(f.leadEnd, s.end) } : s));
        expect(f.sentences).toEqual(expected);
      }),
      { numRuns: 2000, seed: 9 },
    );
  });

  it("finds the words once, on first read, whatever was read before", () => {
    const f = textFeatures("@Acme Hi! Which app? https://t.co/x ^MM", "agent");
    expect(f.sentences.map((s) => s.text)).toEqual(["Hi!", "Which app?", "https://t.co/x"]);
    const first = f.words;
    expect(first.map((w) => w.lower)).toEqual(["hi", "which", "app"]);
    expect(f.words).toBe(first);
  });
});

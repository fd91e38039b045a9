import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandKeys, signature, similarity } from "../../src/scoring/minhash.js";
import { TemplateLibrary, type TemplateLibraryData } from "../../src/scoring/template-library.js";

/** The lookup as first written: every template sharing a band key, the most similar at or above the threshold, ties to the first. */
function referenceMatch(data: TemplateLibraryData, masked: string): number | undefined {
  const sig = signature(masked);
  const keys = new Set(bandKeys(sig));
  let best: number | undefined;
  let bestSimilarity = data.threshold;
  data.templates.forEach((template, position) => {
    const theirs = Uint32Array.from(template.signature);
    if (!bandKeys(theirs).some((key) => keys.has(key))) return;
    const s = similarity(sig, theirs);
    if (s >= bestSimilarity && (best === undefined || s > bestSimilarity || position < best)) {
      best = position;
      bestSimilarity = s;
    }
  });
  return best;
}

const WORD = fc.constantFrom("please", "dm", "us", "your", "order", "number", "<num>", "<name>,", "hi", "thanks", "a", "b", "c", "d", "e", "f");
const TEXT = fc.array(WORD, { minLength: 1, maxLength: 16 }).map((words) => words.join(" "));
/** A text with a few of its words replaced: near the threshold, where only some bands are shared. */
function edited(text: string, edits: [number, string][]): string {
  const words = text.split(" ");
  for (const [at, word] of edits) words[at % words.length] = word;
  return words.join(" ");
}

describe("TemplateLibrary.match", () => {
  it("finds the template the first-written lookup finds, for replies seen before or not", () => {
    const edits = fc.array(fc.tuple(fc.nat(), WORD), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(fc.array(TEXT, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(fc.nat(), edits), { maxLength: 12 }), fc.constantFrom(0.5, 0.7, 0.9), (texts, changes, threshold) => {
        const replies = changes.map(([from, e]) => edited(texts[from % texts.length]!, e));
        const data: TemplateLibraryData = {
          version: 1,
          threshold,
          minConversations: 3,
          replies: 100,
          templates: texts.map((text, id) => ({ id, text, replies: 10, topicalShare: 0, conversations: 3, share: 0.1, agents: [], signature: [...signature(text)] })),
        };
        const library = TemplateLibrary.fromJSON(data);
        for (const masked of [...replies, ...texts, ...replies]) expect(library.match(masked)?.id).toBe(referenceMatch(data, masked));
      }), { numRuns: 300 });
  });
});

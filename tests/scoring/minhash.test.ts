import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COEFFICIENTS, SIGNATURE_SIZE, fnv1a, signature, similarity } from "../../src/scoring/minhash.js";

/** The signature as first written: each 3-gram string built, hashed, and folded into the 64 minimums. */
function reference(masked: string): Uint32Array {
  const { a, b } = COEFFICIENTS;
  const tokens = masked.split(" ").filter((t) => t !== "");
  const shingles = tokens.length < 3 ? [tokens.join(" ")] : tokens.slice(2).map((_, i) => tokens.slice(i, i + 3).join(" "));
  const out = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    const x = fnv1a(shingle);
    for (let i = 0; i < SIGNATURE_SIZE; i++) out[i] = Math.min(out[i]!, (Math.imul(a[i]!, x) + b[i]!) >>> 0);
  }
  return out;
}

describe("signature", () => {
  it("is the MinHash of the word 3-grams, whatever the text's length or spacing", () => {
    const word = fc.constantFrom("please", "dm", "us", "<num>", "<link>", "hi", "<name>,", "order", "é", "");
    const text = fc.array(word, { maxLength: 400 }).map((words) => words.join(" "));
    fc.assert(fc.property(text, (masked) => {
        expect([...signature(masked)]).toEqual([...reference(masked)]);
      }));
  });

  it("estimates the similarity of near-duplicate replies", () => {
    expect(similarity(signature("please dm us your order number"), signature("please dm us your order number"))).toBe(1);
    expect(similarity(signature("please dm us your order number"), signature("please dm us your order number thanks"))).toBeGreaterThan(0.5);
  });
});

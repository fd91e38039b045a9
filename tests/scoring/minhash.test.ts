import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BANDS, COEFFICIENTS, SIGNATURE_SIZE, bandHashes, bandKeys, fnv1a, signature, signatureInto, similarity } from "../../src/scoring/minhash.js";

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

  it("is written into a reused array by signatureInto, whatever was there before", () => {
    const scratch = new Uint32Array(SIGNATURE_SIZE).fill(7);
    const word = fc.constantFrom("please", "dm", "us", "<num>", "hi", " ", "");
    fc.assert(fc.property(fc.array(word, { maxLength: 40 }).map((words) => words.join(" ")), (masked) => {
        expect(signatureInto(masked, scratch)).toBe(scratch);
        expect([...scratch]).toEqual([...reference(masked)]);
      }));
  });

  it("estimates the similarity of near-duplicate replies", () => {
    expect(similarity(signature("please dm us your order number"), signature("please dm us your order number"))).toBe(1);
    expect(similarity(signature("please dm us your order number"), signature("please dm us your order number thanks"))).toBeGreaterThan(0.5);
  });
});

/** The band keys as first written: FNV-1a over each band's four values, offset by band · 2^32. */
function referenceKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x811c9dc5 ^ band;
    for (let r = 0; r < SIGNATURE_SIZE / BANDS; r++) hash = Math.imul(hash ^ sig[band * (SIGNATURE_SIZE / BANDS) + r]!, 0x01000193);
    keys.push(band * 2 ** 32 + (hash >>> 0));
  }
  return keys;
}

describe("bandKeys and bandHashes", () => {
  it("agree: a band's key is band · 2^32 plus its hash read unsigned", () => {
    const values = fc.uint32Array({ minLength: SIGNATURE_SIZE, maxLength: SIGNATURE_SIZE });
    fc.assert(fc.property(values, (sig) => {
        const keys = bandKeys(sig);
        expect(keys).toEqual(referenceKeys(sig));
        const hashes = bandHashes(sig, new Int32Array(BANDS));
        expect([...hashes].map((hash, band) => band * 2 ** 32 + (hash >>> 0))).toEqual(keys);
      }));
  });
});

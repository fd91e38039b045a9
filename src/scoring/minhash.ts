/**
 * MinHash signatures of texts (word 3-gram shingles), for finding near-duplicate replies in one pass:
 * two texts' signatures agree at a share of positions that estimates the Jaccard similarity of their
 * shingle sets. Deterministic: the same text always gets the same signature.
 */

export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;

// Fixed odd multipliers and offsets for the 64 hash functions h_i(x) = a_i·x + b_i (mod 2^32).
const A = new Uint32Array(SIGNATURE_SIZE);
const B = new Uint32Array(SIGNATURE_SIZE);
{
  let seed = 0x9e3779b9;
  const next = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    A[i] = next() | 1;
    B[i] = next();
  }
}

/** The 64 hash functions' coefficients (h_i(x) = a[i]·x + b[i]), for reference implementations in tests. @internal */
export const COEFFICIENTS: { readonly a: Uint32Array; readonly b: Uint32Array } = { a: A, b: B };

/** FNV-1a hash of a string, 32 bits. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The MinHash signature of a masked text: 64 minimums over its word 3-grams (its words, when it has
 * fewer than three).
 *
 * @example
 * similarity(signature("please dm us your order number"), signature("please dm us your order number thanks")); // ≈ 0.8
 */
export function signature(masked: string): Uint32Array {
  return signatureInto(masked, new Uint32Array(SIGNATURE_SIZE));
}

/**
 * {@link signature} written into `out` (64 values), for callers that keep only some signatures and
 * reuse one array for the rest; returns `out`.
 *
 * @example
 * const scratch = new Uint32Array(SIGNATURE_SIZE);
 * signatureInto("please dm us your order number", scratch); // the same values as signature(...)
 */
export function signatureInto(masked: string, out: Uint32Array): Uint32Array {
  const shingles = shingleHashesOf(masked);
  // Per hash function, the minimum over the shingles, in 32-bit integer arithmetic: a·x + b wraps as
  // (mod 2^32) does, and unsigned order is signed order with the top bit flipped (flipped in b, as adding
  // 2^31 flips it). Eight hash functions a pass over the shingles, their minimums in registers.
  const hashes = shingleHashes;
  for (let i = 0; i < SIGNATURE_SIZE; i += 8) {
    const a0 = A_INT[i]!, a1 = A_INT[i + 1]!, a2 = A_INT[i + 2]!, a3 = A_INT[i + 3]!;
    const a4 = A_INT[i + 4]!, a5 = A_INT[i + 5]!, a6 = A_INT[i + 6]!, a7 = A_INT[i + 7]!;
    const b0 = B_FLIPPED[i]!, b1 = B_FLIPPED[i + 1]!, b2 = B_FLIPPED[i + 2]!, b3 = B_FLIPPED[i + 3]!;
    const b4 = B_FLIPPED[i + 4]!, b5 = B_FLIPPED[i + 5]!, b6 = B_FLIPPED[i + 6]!, b7 = B_FLIPPED[i + 7]!;
    let m0 = MAX, m1 = MAX, m2 = MAX, m3 = MAX, m4 = MAX, m5 = MAX, m6 = MAX, m7 = MAX;
    for (let s = 0; s < shingles; s++) {
      const x = hashes[s]!;
      const h0 = (Math.imul(a0, x) + b0) | 0;
      if (h0 < m0) m0 = h0;
      const h1 = (Math.imul(a1, x) + b1) | 0;
      if (h1 < m1) m1 = h1;
      const h2 = (Math.imul(a2, x) + b2) | 0;
      if (h2 < m2) m2 = h2;
      const h3 = (Math.imul(a3, x) + b3) | 0;
      if (h3 < m3) m3 = h3;
      const h4 = (Math.imul(a4, x) + b4) | 0;
      if (h4 < m4) m4 = h4;
      const h5 = (Math.imul(a5, x) + b5) | 0;
      if (h5 < m5) m5 = h5;
      const h6 = (Math.imul(a6, x) + b6) | 0;
      if (h6 < m6) m6 = h6;
      const h7 = (Math.imul(a7, x) + b7) | 0;
      if (h7 < m7) m7 = h7;
    }
    out[i] = m0 ^ TOP_BIT;
    out[i + 1] = m1 ^ TOP_BIT;
    out[i + 2] = m2 ^ TOP_BIT;
    out[i + 3] = m3 ^ TOP_BIT;
    out[i + 4] = m4 ^ TOP_BIT;
    out[i + 5] = m5 ^ TOP_BIT;
    out[i + 6] = m6 ^ TOP_BIT;
    out[i + 7] = m7 ^ TOP_BIT;
  }
  return out;
}

/**
 * Hashes the text's shingles into `shingleHashes`; returns how many. Tokens are the non-empty runs
 * between spaces (as `split(" ")`); each 3-gram is hashed as FNV-1a of the string "a b c" would be,
 * without building it, in one pass that remembers the bounds of the two tokens before.
 */
function shingleHashesOf(masked: string): number {
  const length = masked.length;
  let count = 0;
  let tokens = 0;
  // The first two tokens hashed as one string, for a text of fewer than three.
  let short = FNV_OFFSET;
  let start1 = 0, end1 = 0, start2 = 0, end2 = 0;
  for (let i = 0; ; ) {
    while (i < length && masked.charCodeAt(i) === SPACE) i++;
    if (i === length) break;
    const start = i;
    while (i < length && masked.charCodeAt(i) !== SPACE) i++;
    if (tokens >= 2) {
      let hash = hashRange(masked, start1, end1, FNV_OFFSET);
      hash = hashRange(masked, start2, end2, Math.imul(hash ^ SPACE, FNV_PRIME));
      hash = hashRange(masked, start, i, Math.imul(hash ^ SPACE, FNV_PRIME));
      count = addShingle(count, hash);
    } else short = hashRange(masked, start, i, tokens > 0 ? Math.imul(short ^ SPACE, FNV_PRIME) : short);
    start1 = start2;
    end1 = end2;
    start2 = start;
    end2 = i;
    tokens++;
  }
  return tokens < 3 ? addShingle(0, short) : count;
}

const SPACE = 32;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const TOP_BIT = -0x80000000;
/** The coefficients as signed 32-bit integers (the same bits). */
const A_INT = new Int32Array(A.buffer);
/** The offsets as signed 32-bit integers with the top bit flipped (see signatureInto). */
const B_FLIPPED = new Int32Array(SIGNATURE_SIZE).map((_, i) => B[i]! ^ TOP_BIT);
const MAX = 0x7fffffff;
// The shingle hashes of the text being signed (reused: signature runs on one text at a time).
let shingleHashes = new Int32Array(256);

/** Adds a shingle's hash to the text's list (grown as needed); returns the new count. */
function addShingle(count: number, hash: number): number {
  if (count === shingleHashes.length) {
    const grown = new Int32Array(count * 2);
    grown.set(shingleHashes);
    shingleHashes = grown;
  }
  shingleHashes[count] = hash;
  return count + 1;
}

/** FNV-1a of the characters from `start` to `end`, continuing from `hash`. */
function hashRange(text: string, start: number, end: number, hash: number): number {
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures (share of equal positions). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/**
 * The 16 locality-sensitive band keys of a signature: similar texts share at least one with high
 * probability. A key is a number (band · 2^32 + the band's hash), cheaper in a Map than a string.
 *
 * @example
 * bandKeys(signature("please dm us your order number")).length; // => 16
 */
export function bandKeys(sig: Uint32Array): number[] {
  const hashes = bandHashes(sig, new Int32Array(BANDS));
  const keys: number[] = new Array(BANDS);
  for (let band = 0; band < BANDS; band++) keys[band] = band * 2 ** 32 + (hashes[band]! >>> 0);
  return keys;
}

/**
 * The band hashes behind {@link bandKeys}, as signed 32-bit integers written into `out` (one per band):
 * two signatures share band `i`'s key exactly when `out[i]` is equal. Small integers, so a Map per band
 * keyed by them allocates nothing per lookup.
 *
 * @example
 * bandHashes(sig, new Int32Array(BANDS))[3] >>> 0 === bandKeys(sig)[3] - 3 * 2 ** 32; // => true
 */
export function bandHashes(sig: Uint32Array, out: Int32Array): Int32Array {
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS; r++) hash = Math.imul(hash ^ sig[band * ROWS + r]!, 0x01000193);
    out[band] = hash;
  }
  return out;
}

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
  // Tokens are the non-empty runs between spaces (as `split(" ")`); each 3-gram is hashed as the string
  // "a b c" would be, without building it.
  let tokens = 0;
  for (let i = 0; i < masked.length; ) {
    while (i < masked.length && masked.charCodeAt(i) === SPACE) i++;
    if (i === masked.length) break;
    const start = i;
    while (i < masked.length && masked.charCodeAt(i) !== SPACE) i++;
    tokenStarts[tokens] = start;
    tokenEnds[tokens++] = i;
  }
  let shingles = 0;
  if (tokens < 3) {
    let hash = FNV_OFFSET;
    for (let t = 0; t < tokens; t++) hash = hashToken(masked, t, t > 0 ? Math.imul(hash ^ SPACE, FNV_PRIME) : hash);
    shingles = addShingle(0, hash);
  } else {
    for (let t = 0; t + 2 < tokens; t++) {
      let hash = hashToken(masked, t, FNV_OFFSET);
      hash = hashToken(masked, t + 1, Math.imul(hash ^ SPACE, FNV_PRIME));
      hash = hashToken(masked, t + 2, Math.imul(hash ^ SPACE, FNV_PRIME));
      shingles = addShingle(shingles, hash);
    }
  }
  // Per hash function, the minimum over the shingles, in 32-bit integer arithmetic: a·x + b wraps as
  // (mod 2^32) does, and unsigned order is signed order with the top bit flipped (flipped in b, as adding
  // 2^31 flips it).
  const out = new Uint32Array(SIGNATURE_SIZE);
  const hashes = shingleHashes;
  // Four hash functions a pass over the shingles.
  for (let i = 0; i < SIGNATURE_SIZE; i += 4) {
    const a0 = A_INT[i]!, a1 = A_INT[i + 1]!, a2 = A_INT[i + 2]!, a3 = A_INT[i + 3]!;
    const b0 = B_INT[i]! ^ TOP_BIT, b1 = B_INT[i + 1]! ^ TOP_BIT, b2 = B_INT[i + 2]! ^ TOP_BIT, b3 = B_INT[i + 3]! ^ TOP_BIT;
    let m0 = 0x7fffffff, m1 = 0x7fffffff, m2 = 0x7fffffff, m3 = 0x7fffffff;
    for (let s = 0; s < shingles; s++) {
      const x = hashes[s]!;
      const h0 = (Math.imul(a0, x) + b0) | 0;
      const h1 = (Math.imul(a1, x) + b1) | 0;
      const h2 = (Math.imul(a2, x) + b2) | 0;
      const h3 = (Math.imul(a3, x) + b3) | 0;
      if (h0 < m0) m0 = h0;
      if (h1 < m1) m1 = h1;
      if (h2 < m2) m2 = h2;
      if (h3 < m3) m3 = h3;
    }
    out[i] = (m0 ^ TOP_BIT) >>> 0;
    out[i + 1] = (m1 ^ TOP_BIT) >>> 0;
    out[i + 2] = (m2 ^ TOP_BIT) >>> 0;
    out[i + 3] = (m3 ^ TOP_BIT) >>> 0;
  }
  return out;
}

const SPACE = 32;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const TOP_BIT = -0x80000000;
/** The coefficients as signed 32-bit integers (the same bits). */
const A_INT = new Int32Array(A.buffer);
const B_INT = new Int32Array(B.buffer);
// Token bounds and shingle hashes of the text being signed (reused: signature runs on one text at a time).
const tokenStarts: number[] = [];
const tokenEnds: number[] = [];
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

/** FNV-1a of a token's characters, continuing from `hash`. */
function hashToken(text: string, token: number, hash: number): number {
  for (let i = tokenStarts[token]!, end = tokenEnds[token]!; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
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
 */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = new Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS; r++) hash = Math.imul(hash ^ sig[band * ROWS + r]!, 0x01000193);
    keys[band] = band * 2 ** 32 + (hash >>> 0);
  }
  return keys;
}

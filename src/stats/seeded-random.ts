import { CarelensError } from "../errors.js";

/** A source of uniform random numbers in [0, 1), like `Math.random`. */
export type Random = () => number;

/**
 * A seeded random number generator: xoshiro128** (Blackman and Vigna, 2018), its 128-bit state filled
 * from the seed by splitmix32, each number built from two 32-bit outputs (53 random bits, like
 * `Math.random`). Period 2^128 - 1; small, fast and good enough for permutation tests, bootstraps and
 * simulations. The same seed always gives the same sequence, on every platform.
 *
 * Every carelens function that draws random numbers takes one of these (or a seed) as an option, so results
 * are reproducible.
 *
 * @throws CarelensError when the seed is not a safe integer.
 * @example
 * const random = seededRandom(42);
 * random(); // => 0.6606157208001621 (on every run and platform)
 */
export function seededRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) throw new CarelensError(`seed must be a whole number, got ${seed}`);
  let s = (seed >>> 0) ^ Math.floor(seed / 2 ** 32);
  const next32 = (): number => {
    // splitmix32
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = next32();
  let b = next32();
  let c = next32();
  let d = next32();
  if ((a | b | c | d) === 0) a = 1;
  const draw = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  return () => ((draw() >>> 5) * 67108864 + (draw() >>> 6)) / 9007199254740992;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** The `random` option if given, else a generator seeded with `seed` (default 1). * @example
 * randomFrom({ seed: 42 })(); // => 0.6606157208001621
 */
export function randomFrom(options: { random?: Random | undefined; seed?: number | undefined }): Random {
  return options.random ?? seededRandom(options.seed ?? 1);
}

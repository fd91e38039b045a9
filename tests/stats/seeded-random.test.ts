import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/stats/seeded-random.js";
import { normalCdf, normalQuantile } from "../../src/stats/standard-normal.js";

describe("seededRandom(seed)", () => {
  it("matches a Python transcription of the reference xoshiro128** and splitmix32 C code", () => {
    // /usr/bin/python3 /tmp/xoshiro.py (splitmix32 seeding, xoshiro128** next(), (a>>>5)*2^26 + (b>>>6)) / 2^53)
    // => ['0.6606157208001621', '0.1117019639532224', '0.0791056456144914'] for seed 42
    const random = seededRandom(42);
    expect([random(), random(), random()]).toEqual([0.6606157208001621, 0.1117019639532224, 0.0791056456144914]);
  });
  it("is uniform on [0, 1) to within sampling error", () => {
    const random = seededRandom(2024);
    const n = 100_000;
    const bins = new Array(10).fill(0);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const u = random();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      bins[Math.floor(u * 10)]++;
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    const chiSquare = bins.reduce((s, count) => s + (count - n / 10) ** 2 / (n / 10), 0);
    expect(chiSquare).toBeLessThan(27.88); // R: qchisq(0.999, 9) = 27.87716
  });
  it("refuses a seed that is not a whole number", () => {
    expect(() => seededRandom(1.5)).toThrow("carelens: seed must be a whole number, got 1.5");
  });
});

describe("normalQuantile(p) and normalCdf(z)", () => {
  it("agree with R's qnorm and pnorm", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.9599639845400536, 14); // qnorm(0.975)
    expect(normalQuantile(0.8)).toBeCloseTo(0.8416212335729144, 14); // qnorm(0.8)
    expect(normalCdf(-1.5)).toBeCloseTo(0.0668072012688581, 14); // pnorm(-1.5)
  });
});

import { describe, expect, it } from "vitest";
// The simulation shared with bench/pilot-simulation.mjs (which runs 4,000 + 2 × 2,000 pilots on the build).
import { simulatePilots } from "../../bench/pilot-simulation-core.mjs";
import { compareAgents } from "../../src/compare/compare-agents.js";
import { hedgesG } from "../../src/stats/hedges-g.js";
import { powerToDetect } from "../../src/stats/power-to-detect.js";
import { seededRandom } from "../../src/stats/seeded-random.js";
import { welchTest } from "../../src/stats/welch-test.js";

const lib = { compareAgents, hedgesG, powerToDetect, seededRandom, welchTest };
const binomialSe = (p: number, n: number) => Math.sqrt((p * (1 - p)) / n);

// 6 pilot vs 30 control agents, 20-80 conversations each, agent random effect sd = residual sd (0.3 on the log
// scale of a log-normal handle time); 999 random assignments per test here (9,999 in the bench) to fit CI time.
describe("compareAgents on simulated pilots", () => {
  it("A/A: rejects at about alpha = 5% with the agent as the unit, where a conversation-level t-test rejects far more", () => {
    const pilots = 4000;
    const result = simulatePilots(lib, { pilots, seed: 11, permutations: 999 });
    console.log(`A/A over ${pilots} pilots: default ${(100 * result.rejectionRate).toFixed(1)}%, naive ${(100 * result.naiveRejectionRate).toFixed(1)}%`);
    // Within 3 binomial standard errors of 5% (±1.03 points for 4,000 pilots).
    expect(Math.abs(result.rejectionRate - 0.05)).toBeLessThanOrEqual(3 * binomialSe(0.05, pilots));
    expect(result.naiveRejectionRate).toBeGreaterThan(0.5);
  });

  it("a planted +20% handle time is detected about as often as the MDE's power formula promises", () => {
    const pilots = 2000;
    const result = simulatePilots(lib, { pilots, seed: 12, permutations: 999, effect: 0.2 });
    console.log(`+20% over ${pilots} pilots: detected ${(100 * result.rejectionRate).toFixed(1)}%, promised ${(100 * result.promisedPower).toFixed(1)}%`);
    // 3 binomial SEs plus 5 points for the formula's own approximation (t quantiles instead of the noncentral t:
    // 3 points low at this power for normal data, R power.t.test), skew, and a multiplicative effect that also
    // spreads the pilot agents' values, which a constant-shift MDE does not model.
    expect(Math.abs(result.rejectionRate - result.promisedPower)).toBeLessThanOrEqual(3 * binomialSe(result.promisedPower, pilots) + 0.05);
  });
});

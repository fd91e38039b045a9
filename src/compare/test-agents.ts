import { mean } from "simple-statistics";
import { hedgesG } from "../stats/hedges-g.js";
import { minimumDetectableEffect } from "../stats/minimum-detectable-effect.js";
import { permutationTestUnits } from "../stats/permutation-test.js";
import { seededRandom } from "../stats/seeded-random.js";
import { welchTest } from "../stats/welch-test.js";

/**
 * Below this many agents in either group the test is a permutation test, from it up agent-level Welch.
 * Why 10: with fewer units per group Welch's t relies on the agent means being close to normal, which
 * skewed outcomes (handle times) and unequal conversation counts break, and its size drifts from nominal;
 * the permutation test is exact under the sharp null whatever the distribution. From about 10 agents per
 * group Welch's t is accurate for skewed data (Fagerland and Sandvik 2009, Stat Med 28:1487), and unlike
 * the permutation test it stays valid when the groups' spreads differ (the weak null, Behrens-Fisher).
 */
export const MIN_AGENTS_FOR_WELCH = 10;

export interface TestSettings {
  alpha: number;
  level: number;
  seed: number;
  permutations: number;
  exactLimit: number;
}

/** The agent-level test of one outcome (or of its pre-to-post change). */
export interface AgentTest {
  method: string;
  /** Pilot minus control, in the outcome's units (mean of agent values). */
  difference: number | undefined;
  ci: { low: number | undefined; high: number | undefined; level: number };
  pValue: number | undefined;
  /** Hedges' g on agent values (pooled sd of agent values as the yardstick). */
  effectSize: { hedgesG: number | undefined; cohensD: number | undefined };
  /** The smallest true difference this many agents would detect with 80% power at alpha. */
  mde: { absolute: number | undefined; power: number; alpha: number };
}

/**
 * Tests pilot minus control on one value per agent, `values[i]` for agent i and `pilot[i]` = 1 for pilot
 * agents, in a fixed agent order (sorted ids), with a generator seeded afresh so every outcome sees the
 * same random assignments.
 * @example
 * testAgents(Float64Array.of(5, 6, 1, 2, 3), Uint8Array.of(1, 1, 0, 0, 0), settings).method;
 * // => "permutation (exact, 10 assignments of agents to groups)"
 */
export function testAgents(values: Float64Array, pilot: Uint8Array, settings: TestSettings): AgentTest {
  const x: number[] = [];
  const y: number[] = [];
  values.forEach((v, i) => (pilot[i] ? x : y).push(v));
  const few = Math.min(x.length, y.length) < MIN_AGENTS_FOR_WELCH;
  const difference = x.length > 0 && y.length > 0 ? mean(x) - mean(y) : undefined;
  let low: number | undefined;
  let high: number | undefined;
  let pValue: number | undefined;
  let method: string;
  if (x.length === 0 || y.length === 0) {
    method = "none (a group has no agent with this outcome)";
  } else if (values.every((v) => v === values[0])) {
    method = "none (every agent has the same value)";
  } else if (few) {
    const test = permutationTestUnits(values, pilot, { level: settings.level, exactLimit: settings.exactLimit, permutations: settings.permutations, random: seededRandom(settings.seed) });
    ({ low, high, pValue } = test);
    method = `permutation (${test.method}, ${test.assignments} assignments of agents to groups)`;
  } else {
    ({ low, high, pValue } = welchTest(x, y, { level: settings.level }));
    method = "agent-level Welch";
  }
  const effect = hedgesG(x, y);
  const mde = effect.pooledSd !== undefined ? minimumDetectableEffect({ sd: effect.pooledSd, nX: x.length, nY: y.length, alpha: settings.alpha }) : undefined;
  return {
    method,
    difference,
    ci: { low, high, level: settings.level },
    pValue,
    effectSize: { hedgesG: effect.g, cohensD: effect.d },
    mde: { absolute: mde?.effect, power: 0.8, alpha: settings.alpha },
  };
}

import { CarelensError } from "../errors.js";
import { studentTQuantile } from "./student-t.js";

export interface DesignOptions {
  /** Standard deviation of the unit values (the agent means), pooled over the two groups. */
  sd: number;
  /** Units (agents) in each group. */
  nX: number;
  nY: number;
  /** Two-sided significance level (default 0.05). */
  alpha?: number;
}

/** The smallest true difference a design detects with the given power. */
export interface MinimumDetectableEffect {
  /** In the outcome's units. */
  effect: number;
  /** sd·√(1/nX + 1/nY). */
  standardError: number;
  df: number;
  alpha: number;
  power: number;
}

/**
 * The minimum detectable effect (MDE) of a two-group comparison of units, two-sided:
 * MDE = (t(1 - α/2, df) + t(power, df)) · sd · √(1/nX + 1/nY), df = nX + nY - 2 (Bloom 1995, "Minimum
 * detectable effects"; Duflo, Glennerster and Kremer 2007, eq. 11). With agents as the unit, sd is the
 * spread of agent means, so the MDE reflects how many agents there are, not how many conversations. It is
 * the usual approximation to the exact noncentral-t answer (within 1% of R's `power.t.test` from 5 units
 * per group). `undefined` when a group has fewer than two units or sd is not finite.
 *
 * @throws CarelensError when alpha or power is outside (0, 1).
 * @example
 * minimumDetectableEffect({ sd: 1, nX: 6, nY: 6 }, { power: 0.8 })?.effect; // => 1.7939
 * // R: (qt(0.975, 10) + qt(0.8, 10)) * sqrt(2/6) = 1.793941; power.t.test(n=6, sd=1, power=0.8)$delta = 1.795547
 */
export function minimumDetectableEffect(design: DesignOptions, options: { power?: number } = {}): MinimumDetectableEffect | undefined {
  const alpha = design.alpha ?? 0.05;
  const power = options.power ?? 0.8;
  if (!(alpha > 0 && alpha < 1)) throw new CarelensError(`alpha must be within (0, 1), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new CarelensError(`power must be within (0, 1), got ${power}`);
  if (design.nX < 2 || design.nY < 2 || !Number.isFinite(design.sd)) return undefined;
  const df = design.nX + design.nY - 2;
  const standardError = design.sd * Math.sqrt(1 / design.nX + 1 / design.nY);
  const effect = (studentTQuantile(1 - alpha / 2, df) + studentTQuantile(power, df)) * standardError;
  return { effect, standardError, df, alpha, power };
}

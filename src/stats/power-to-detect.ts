import { studentTCdf, studentTQuantile } from "./student-t.js";
import type { DesignOptions } from "./minimum-detectable-effect.js";

/**
 * The power a design promises against a true difference `effect`, by the same approximation as
 * {@link minimumDetectableEffect} (whose effect this inverts: powerToDetect(mde.effect, design) = power):
 * power = T_df(|effect| / SE - t(1 - α/2, df)), SE = sd·√(1/nX + 1/nY), df = nX + nY - 2.
 * `undefined` when a group has fewer than two units or sd is not finite and positive.
 *
 * @example
 * powerToDetect(1, { sd: 1, nX: 6, nY: 6 }); // => 0.3153
 * // R: pt(1/sqrt(2/6) - qt(0.975, 10), 10) = 0.3152771; power.t.test(n=6, delta=1)$power = 0.3471565 (noncentral t)
 */
export function powerToDetect(effect: number, design: DesignOptions): number | undefined {
  const alpha = design.alpha ?? 0.05;
  if (design.nX < 2 || design.nY < 2 || !(design.sd > 0) || !Number.isFinite(design.sd)) return undefined;
  const df = design.nX + design.nY - 2;
  const standardError = design.sd * Math.sqrt(1 / design.nX + 1 / design.nY);
  return studentTCdf(Math.abs(effect) / standardError - studentTQuantile(1 - alpha / 2, df), df);
}

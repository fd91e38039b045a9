import { sortedPresent } from "./holm.js";

/**
 * Benjamini and Hochberg's adjustment of p-values (controls the expected share of false discoveries among
 * the outcomes called significant, the false discovery rate), as R's `p.adjust(p, "BH")`: with the m
 * p-values sorted ascending, adjusted p(i) = min over j >= i of min(1, m/j·p(j)). Missing p-values
 * (undefined or NaN) stay missing and do not count in m.
 *
 * @throws CarelensError when a p-value is outside [0, 1].
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03, 0.2]); // => [0.04, 0.0533, 0.0533, 0.2]   (R: p.adjust(c(0.01,0.04,0.03,0.2), "BH"))
 */
export function benjaminiHochberg(pValues: readonly (number | undefined)[]): (number | undefined)[] {
  const order = sortedPresent(pValues);
  const m = order.length;
  const adjusted: (number | undefined)[] = pValues.map(() => undefined);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank]!;
    running = Math.min(running, (m / (rank + 1)) * pValues[index]!);
    adjusted[index] = running;
  }
  return adjusted;
}

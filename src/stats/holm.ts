import { CarelensError } from "../errors.js";

/**
 * Holm's step-down adjustment of p-values for testing several hypotheses at once (controls the chance of
 * any false positive, the family-wise error rate), as R's `p.adjust(p, "holm")`: with the m p-values
 * sorted ascending, adjusted p(i) = max over j <= i of min(1, (m - j + 1)·p(j)). Missing p-values (undefined
 * or NaN) stay missing and do not count in m, as NA in R.
 *
 * @throws CarelensError when a p-value is outside [0, 1].
 * @example
 * holm([0.01, 0.04, 0.03, 0.2]); // => [0.04, 0.09, 0.09, 0.2]   (R: p.adjust(c(0.01,0.04,0.03,0.2), "holm"))
 */
export function holm(pValues: readonly (number | undefined)[]): (number | undefined)[] {
  const order = sortedPresent(pValues);
  const m = order.length;
  const adjusted: (number | undefined)[] = pValues.map(() => undefined);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[index]!));
    adjusted[index] = running;
  });
  return adjusted;
}

/** Indices of the present p-values, sorted by p ascending (ties by position). * @example
 * sortedPresent([0.3, undefined, 0.1]); // => [2, 0]
 */
export function sortedPresent(pValues: readonly (number | undefined)[]): number[] {
  const present: number[] = [];
  pValues.forEach((p, i) => {
    if (p === undefined || Number.isNaN(p)) return;
    if (!(p >= 0 && p <= 1)) throw new CarelensError(`p-values must be within [0, 1], got ${p}`);
    present.push(i);
  });
  return present.sort((a, b) => pValues[a]! - pValues[b]! || a - b);
}

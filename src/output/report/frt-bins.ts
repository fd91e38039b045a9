import type { FrtBin } from "./report-data.js";

const EDGES: [number, string][] = [
  [0, "< 5 min"],
  [300, "5-15 min"],
  [900, "15-30 min"],
  [1800, "30-60 min"],
  [3600, "1-2 h"],
  [7200, "2-4 h"],
  [14_400, "4-8 h"],
  [28_800, "8-24 h"],
  [86_400, "1-3 days"],
  [259_200, "> 3 days"],
];

/**
 * Counts first response times (seconds) into bins that read as a care team thinks (minutes, hours, days),
 * so the histogram of a skewed distribution stays legible. Null and negative values are skipped.
 *
 * @example
 * frtBins([60, 120, 4000]).filter((b) => b.contacts > 0).map((b) => [b.bin, b.contacts]);
 * // => [["< 5 min", 2], ["1-2 h", 1]]
 */
export function frtBins(seconds: Iterable<number | null>): FrtBin[] {
  const bins: FrtBin[] = EDGES.map(([from, bin], order) => ({ bin, order, fromSeconds: from, toSeconds: EDGES[order + 1]?.[0] ?? null, contacts: 0 }));
  for (const value of seconds) {
    if (value === null || !(value >= 0)) continue;
    let i = EDGES.length - 1;
    while (i > 0 && value < EDGES[i]![0]) i--;
    bins[i]!.contacts++;
  }
  return bins;
}

/** Number formatting for the report: "–" for unknown values. */

/** @example percent(0.4567); // => "45.7%" */
export const percent = (share: number | undefined | null): string => (share === undefined || share === null || !Number.isFinite(share) ? "–" : `${(share * 100).toFixed(1)}%`);

/** @example fixed(3.14159); // => "3.14" */
export const fixed = (value: number | undefined | null, digits = 2): string => (value === undefined || value === null || !Number.isFinite(value) ? "–" : value.toFixed(digits));

/**
 * A duration in seconds in the largest sensible unit.
 * @example duration(5400); // => "1.5 h"
 */
export function duration(seconds: number | undefined | null): string {
  if (seconds === undefined || seconds === null || !Number.isFinite(seconds)) return "–";
  const abs = Math.abs(seconds);
  if (abs < 90) return `${Math.round(seconds)} s`;
  if (abs < 5400) return `${+(seconds / 60).toFixed(1)} min`;
  if (abs < 172_800) return `${+(seconds / 3600).toFixed(1)} h`;
  return `${+(seconds / 86_400).toFixed(1)} days`;
}

/** @example interval(2.1, 3.4, (v) => fixed(v, 1)); // => "[2.1, 3.4]" */
export const interval = (low: number | undefined, high: number | undefined, show: (v: number | undefined) => string): string => (low === undefined || high === undefined ? "" : `[${show(low)}, ${show(high)}]`);

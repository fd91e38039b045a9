/** A label, or a missing one (null, undefined, "" or NaN). */
export type Label = string | number | boolean | null | undefined;

/** Counts of (a, b) label pairs: counts[i][j] = items labelled labels[i] by a and labels[j] by b. */
export interface ConfusionMatrix {
  labels: string[];
  counts: number[][];
  /** Items labelled by both. */
  n: number;
}

/**
 * The confusion matrix of two label lists over the same items (a[i] and b[i] label item i), rows for a and
 * columns for b. Items missing a label on either side are left out. Labels are compared as strings; the
 * order is `options.labels` when given (other labels follow), else sorted.
 *
 * @example
 * confusionMatrix(["yes", "no", "yes"], ["yes", "yes", "yes"]);
 * // => { labels: ["no", "yes"], counts: [[0, 1], [0, 2]], n: 3 }
 */
export function confusionMatrix(a: readonly Label[], b: readonly Label[], options: { labels?: readonly Label[] } = {}): ConfusionMatrix {
  const pairs: [string, string][] = [];
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = labelKey(a[i]);
    const y = labelKey(b[i]);
    if (x !== undefined && y !== undefined) pairs.push([x, y]);
  }
  const given = (options.labels ?? []).map(labelKey).filter((l): l is string => l !== undefined);
  const seen = [...new Set(pairs.flat())].filter((l) => !given.includes(l)).sort();
  const labels = [...new Set([...given, ...seen])];
  const index = new Map(labels.map((label, i) => [label, i]));
  const counts = labels.map(() => labels.map(() => 0));
  for (const [x, y] of pairs) counts[index.get(x)!]![index.get(y)!]!++;
  return { labels, counts, n: pairs.length };
}

/** A label as a string, or undefined when it is missing. * @example
 * labelKey(3); // => "3"
 * labelKey(""); // => undefined
 */
export function labelKey(label: Label): string | undefined {
  if (label === null || label === undefined || label === "" || (typeof label === "number" && Number.isNaN(label))) return undefined;
  return String(label);
}

import { cohenKappa, type CohenKappa } from "../stats/cohen-kappa.js";
import { confusionMatrix, labelKey, type ConfusionMatrix, type Label } from "../stats/confusion-matrix.js";
import { krippendorffAlpha } from "../stats/krippendorff-alpha.js";
import { CarelensError } from "../errors.js";

export interface AgreementOptions {
  /** The labels from lowest to highest, when they have a natural order: adds the ordinal alpha. */
  order?: readonly Label[];
  /** Confidence level of kappa's interval (default 0.95). */
  level?: number;
}

/** How well two sets of labels for the same items agree. */
export interface Agreement {
  /** Items labelled by both sides (the base of every statistic but alpha's, which is the same here). */
  n: number;
  /** Items labelled by only one side, or by neither. */
  missing: { a: number; b: number; both: number };
  /** Share of the n items given the same label. */
  percentAgreement: number | undefined;
  kappa: CohenKappa;
  /** Krippendorff's alpha, nominal, and ordinal when an order is given. */
  alpha: { nominal: number | undefined; ordinal?: number | undefined };
  confusion: ConfusionMatrix;
  definition: string;
}

/**
 * Agreement between two label lists over the same items (a[i] and b[i] label item i: human vs human, or
 * human vs carelens): percent agreement, Cohen's kappa with its interval, Krippendorff's alpha (nominal,
 * and ordinal given `order`), and the confusion matrix (rows a, columns b). Missing labels (null,
 * undefined, "") leave the item out; the counts say how many.
 *
 * In users' words: percent agreement is how often the two gave the same label; kappa and alpha discount
 * the agreement two raters would reach by chance with these label shares (1 perfect, 0 chance level;
 * alpha >= 0.8 is commonly taken as reliable, 0.667-0.8 as tentative, Krippendorff 2004).
 *
 * @throws CarelensError when the lists differ in length, or a label is missing from `order`.
 * @example
 * agreement(["pass", "fail", "pass", "pass"], ["pass", "fail", "fail", "pass"]).percentAgreement; // => 0.75
 */
export function agreement(a: readonly Label[], b: readonly Label[], options: AgreementOptions = {}): Agreement {
  if (a.length !== b.length) throw new CarelensError(`agreement needs two label lists of the same length (one label per item each), got ${a.length} and ${b.length}`);
  const confusion = confusionMatrix(a, b, options.order ? { labels: options.order } : {});
  const missing = { a: 0, b: 0, both: 0 };
  a.forEach((label, i) => {
    const x = labelKey(label) === undefined;
    const y = labelKey(b[i]) === undefined;
    if (x && y) missing.both++;
    else if (x) missing.a++;
    else if (y) missing.b++;
  });
  const agreed = confusion.counts.reduce((s, row, i) => s + row[i]!, 0);
  const units = a.map((label, i) => [label, b[i]]);
  const alpha: Agreement["alpha"] = { nominal: krippendorffAlpha(units).alpha };
  if (options.order) alpha.ordinal = krippendorffAlpha(units, { level: "ordinal", order: options.order }).alpha;
  return {
    n: confusion.n,
    missing,
    percentAgreement: confusion.n > 0 ? agreed / confusion.n : undefined,
    kappa: cohenKappa(a, b, { level: options.level ?? 0.95 }),
    alpha,
    confusion,
    definition:
      "Over the items both sides labelled: percent agreement = share with the same label; Cohen's kappa = (observed - chance agreement) / (1 - chance agreement), with a large-sample interval (Fleiss, Cohen and Everitt 1969); Krippendorff's alpha = 1 - observed / expected disagreement (nominal; ordinal by rank in the given order); confusion matrix rows = first list, columns = second.",
  };
}

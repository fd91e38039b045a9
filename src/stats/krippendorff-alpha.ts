import { CarelensError } from "../errors.js";
import { labelKey, type Label } from "./confusion-matrix.js";

export interface KrippendorffAlphaOptions {
  /** "nominal" (default): any two different labels disagree equally; "ordinal": by rank in `order`; "interval": numeric labels, squared difference. */
  level?: "nominal" | "ordinal" | "interval";
  /** The labels from lowest to highest (required for "ordinal"). */
  order?: readonly Label[];
}

export interface KrippendorffAlpha {
  alpha: number | undefined;
  /** Pairable values: those in units with at least two values (the n of Krippendorff's coincidence matrix). */
  pairable: number;
  /** Units with at least two values. */
  units: number;
  level: "nominal" | "ordinal" | "interval";
}

/**
 * Krippendorff's alpha for any number of coders, with missing values: α = 1 - D_o / D_e, observed over
 * expected disagreement, from the coincidence matrix o_ck = Σ_u (c-k pairs in unit u) / (m_u - 1), n_c =
 * Σ_k o_ck, n = Σ n_c: α = 1 - (n - 1)·Σ o_ck δ²_ck / Σ n_c n_k δ²_ck (Krippendorff 2011, "Computing
 * Krippendorff's alpha-reliability"). Nominal δ² = 1 for c ≠ k; ordinal δ²_ck = (Σ_{g=c..k} n_g - (n_c + n_k)/2)²;
 * interval δ² = (c - k)². Units with fewer than two values are left out. `undefined` when fewer than two
 * values are pairable or there is no expected disagreement (one label throughout).
 *
 * @throws CarelensError for an ordinal level without `order`, a label missing from `order`, or a
 * non-numeric label at the interval level.
 * @example
 * // Krippendorff (2011), binary data, two observers: α = 0.095
 * krippendorffAlpha([[0, 1], [1, 1], [0, 1], [0, 0], [0, 0], [0, 1], [0, 0], [0, 0], [1, 0], [0, 0]]).alpha; // => 0.0952
 */
export function krippendorffAlpha(units: readonly (readonly Label[])[], options: KrippendorffAlphaOptions = {}): KrippendorffAlpha {
  const level = options.level ?? "nominal";
  if (level === "ordinal" && !options.order) throw new CarelensError('krippendorffAlpha level "ordinal" needs the labels in order: { order: [...] }');
  const coincidence = new Map<string, Map<string, number>>();
  let pairable = 0;
  let used = 0;
  for (const unit of units) {
    const values = unit.map(labelKey).filter((v): v is string => v !== undefined);
    const m = values.length;
    if (m < 2) continue;
    used++;
    pairable += m;
    for (let i = 0; i < m; i++) {
      const row = coincidence.get(values[i]!) ?? new Map<string, number>();
      coincidence.set(values[i]!, row);
      for (let j = 0; j < m; j++) if (i !== j) row.set(values[j]!, (row.get(values[j]!) ?? 0) + 1 / (m - 1));
    }
  }
  const result: KrippendorffAlpha = { alpha: undefined, pairable, units: used, level };
  if (pairable < 2) return result;
  const categories = categoryOrder(level, [...coincidence.keys()], options.order);
  const totals = categories.map((c) => [...(coincidence.get(c)?.values() ?? [])].reduce((s, v) => s + v, 0));
  const distance = metric(level, categories, totals);
  let observed = 0;
  let expected = 0;
  categories.forEach((c, i) =>
    categories.forEach((k, j) => {
      observed += (coincidence.get(c)?.get(k) ?? 0) * distance(i, j);
      expected += totals[i]! * totals[j]! * distance(i, j);
    }),
  );
  if (expected === 0) return result;
  return { ...result, alpha: 1 - ((pairable - 1) * observed) / expected };
}

function categoryOrder(level: string, seen: string[], order: readonly Label[] | undefined): string[] {
  if (level !== "ordinal") return seen;
  const ranked = order!.map(labelKey).filter((l): l is string => l !== undefined);
  const unknown = seen.filter((label) => !ranked.includes(label));
  if (unknown.length > 0) throw new CarelensError(`label "${unknown[0]}" is not in the ordinal order [${ranked.join(", ")}]`);
  return [...new Set(ranked)];
}

function metric(level: string, categories: string[], totals: number[]): (i: number, j: number) => number {
  if (level === "nominal") return (i, j) => (i === j ? 0 : 1);
  if (level === "interval") {
    const numbers = categories.map((c) => {
      const value = Number(c);
      if (c.trim() === "" || !Number.isFinite(value)) throw new CarelensError(`interval alpha needs numeric labels, got "${c}"`);
      return value;
    });
    return (i, j) => (numbers[i]! - numbers[j]!) ** 2;
  }
  const cumulative = [0];
  for (const total of totals) cumulative.push(cumulative.at(-1)! + total);
  return (i, j) => {
    const [low, high] = i < j ? [i, j] : [j, i];
    return (cumulative[high + 1]! - cumulative[low]! - (totals[i]! + totals[j]!) / 2) ** 2;
  };
}

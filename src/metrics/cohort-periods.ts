import { linearTrend } from "../stats/linear-trend.js";
import { quantile } from "../stats/quantile.js";
import { calendarPeriod, type PeriodUnit } from "./calendar-period.js";
import type { CohortKey, CohortPeriodRow, CohortPoint, CohortStatistic, CohortTrendResult, CohortTrendRow } from "./cohort-types.js";
import { groupOf, sortedKeys } from "./group-map.js";
import type { ResolvedMetricsOptions } from "./metrics-options.js";

/** Groups dated values by cohort and calendar period (first-contact cohorts resolved from all points). */
export function cells(points: readonly CohortPoint[], cohort: CohortKey, period: PeriodUnit, timeZone: string): Map<string, Map<string, Cell>> {
  const firstContact = new Map<string, number>();
  if (cohort === "first-contact-week" || cohort === "first-contact-month") {
    for (const p of points) firstContact.set(p.customer, Math.min(firstContact.get(p.customer) ?? Infinity, p.at));
  }
  const result = new Map<string, Map<string, Cell>>();
  for (const p of points) {
    const name = p.cohort ?? calendarPeriod(firstContact.get(p.customer)!, cohort === "first-contact-week" ? "week" : "month", timeZone).key;
    const bucket = calendarPeriod(p.at, period, timeZone);
    const cell = groupOf(groupOf(result, name, () => new Map<string, Cell>()), String(bucket.index), () => ({ key: bucket.key, start: bucket.start, values: [] }));
    for (const value of p.values) cell.values.push(value);
  }
  return result;
}

/** The values of one cohort in one period. */
interface Cell {
  key: string;
  start: string;
  values: number[];
}

function statisticOf(values: number[], statistic: CohortStatistic): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  if (statistic === "count") return sorted.length;
  if (statistic === "median") return quantile(sorted, 0.5);
  if (statistic === "p90") return quantile(sorted, 0.9);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return statistic === "sum" ? sum : sum / sorted.length;
}

/** Each cohort's period values with their changes, and its trend line. */
export function summarise(
  cells: Map<string, Map<string, Cell>>,
  statistic: CohortStatistic,
  options: ResolvedMetricsOptions,
  names: { metric: string; cohort: string; period: PeriodUnit },
): CohortTrendResult {
  const rows: CohortPeriodRow[] = [];
  const trends: CohortTrendRow[] = [];
  for (const cohort of sortedKeys(cells)) {
    const periods = cells.get(cohort)!;
    const indexes = [...periods.keys()].map(Number).sort((a, b) => a - b);
    const values = new Map(indexes.map((index) => [index, statisticOf(periods.get(String(index))!.values, statistic)]));
    for (const index of indexes) {
      const cell = periods.get(String(index))!;
      const value = values.get(index);
      const previous = values.get(index - 1);
      const change = value === undefined || previous === undefined ? undefined : value - previous;
      rows.push({ cohort, period: cell.key, periodStart: cell.start, periodIndex: index, n: cell.values.length, value, change, relativeChange: change === undefined || previous === 0 ? undefined : change / previous! });
    }
    const trend = linearTrend(indexes.map((index) => [index - indexes[0]!, values.get(index)!] as const), { level: options.level });
    trends.push({ cohort, periods: indexes.length, slope: trend.slope, low: trend.low, high: trend.high, pValue: trend.pValue, standardError: trend.standardError });
  }
  return {
    rows,
    trends,
    definition:
      `Cohort trend: the ${statistic} of ${names.metric} per ${names.cohort} cohort and ${names.period} (calendar periods in ${options.timeZone}, ` +
      "a conversation dated by its first customer message); change = value minus the previous period's; slope = OLS of the period values " +
      `on the period number, with a ${Math.round(options.level * 100)}% t interval (as R's lm and confint).`,
    options: { ...names, statistic, timeZone: options.timeZone, level: options.level },
  };
}

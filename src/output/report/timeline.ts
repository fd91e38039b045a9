import { calendarPeriod, type PeriodUnit } from "../../metrics/calendar-period.js";
import type { ConversationFacts } from "../../metrics/conversation-facts.js";
import type { ConversationScore } from "../../scoring/conversation-score.js";
import type { TimelinePeriod } from "./report-data.js";

interface Bucket {
  start: string;
  scored: number;
  contacts: number;
  responded: number;
  totals: number[];
  rubrics: Map<string, number[]>;
}

/**
 * Contacts, response rate, mean scorecard total and mean rubric scores per period of the conversations'
 * first message. Adds conversations one at a time; `result()` picks nothing, the unit is given.
 *
 * @example
 * const timeline = new Timeline("week", "UTC");
 * timeline.add(facts, score);
 * timeline.result()[0]; // => { period: "2020-03-02", contacts: 41, responseRate: 1, meanTotal: 61.2, rubrics: {...} }
 */
export class Timeline {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    readonly unit: PeriodUnit,
    private readonly timeZone: string,
  ) {}

  add(facts: ConversationFacts, score: ConversationScore): void {
    if (facts.firstTimedAt === null) return;
    const period = calendarPeriod(facts.firstTimedAt, this.unit, this.timeZone);
    let bucket = this.buckets.get(period.key);
    if (!bucket) this.buckets.set(period.key, (bucket = { start: period.start, scored: 0, contacts: 0, responded: 0, totals: [], rubrics: new Map() }));
    if (facts.isContact) {
      bucket.contacts++;
      if (facts.responded) bucket.responded++;
    }
    bucket.scored++;
    if (score.scorecard.total !== null) bucket.totals.push(score.scorecard.total);
    for (const [id, result] of Object.entries(score.rubrics)) {
      if (result.score === null) continue;
      const list = bucket.rubrics.get(id);
      if (list) list.push(result.score);
      else bucket.rubrics.set(id, [result.score]);
    }
  }

  result(): TimelinePeriod[] {
    return [...this.buckets.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([period, b]) => ({
        period,
        start: b.start,
        contacts: b.contacts,
        scored: b.scored,
        responseRate: b.contacts === 0 ? undefined : b.responded / b.contacts,
        meanTotal: average(b.totals),
        rubrics: Object.fromEntries([...b.rubrics.entries()].sort().map(([id, scores]) => [id, average(scores)])),
      }));
  }
}

/**
 * The finest period unit (day, week, month) whose periods hold on average at least `perPeriod`
 * conversations (default 15), so that each point of the timeline rests on enough data; month otherwise.
 * `times` are the conversations' first message times (epoch ms).
 *
 * @example
 * timelineUnit([Date.parse("2020-01-01"), Date.parse("2020-06-01")], "UTC"); // => "month"
 */
export function timelineUnit(times: readonly number[], timeZone: string, perPeriod = 15): PeriodUnit {
  for (const unit of ["day", "week"] as const) {
    const periods = new Set(times.map((t) => calendarPeriod(t, unit, timeZone).key));
    if (times.length >= perPeriod * periods.size) return unit;
  }
  return "month";
}

function average(values: number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

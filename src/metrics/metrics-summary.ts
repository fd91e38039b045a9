import { z } from "zod";
import { CarelensError } from "../errors.js";
import type { Conversation } from "../model/conversation.js";
import { calendarPeriod } from "./calendar-period.js";
import type { ConversationFacts } from "./conversation-facts.js";
import { costPerContactReducer, type CostPerContactResult, type CostPerContactState } from "./cost-per-contact.js";
import { FIRST_RESPONSE_TIME_DEFINITION, firstResponseTimeReducerOf, type FirstResponseTimeState, type ResponseTimeStats } from "./first-response-time.js";
import { groupOf, sortedKeys } from "./group-map.js";
import { HANDLE_TIME_DEFINITION, handleTimeReducerOf, type HandleTimeResult, type HandleTimeState } from "./handle-time.js";
import { createAccumulator, type MetricAccumulator, type MetricReducer } from "./metric-accumulator.js";
import { metricsManifest, type MetricsManifest } from "./metrics-manifest.js";
import type { MetricsOptions, ResolvedMetricsOptions } from "./metrics-options.js";
import { REPLY_TIME_DEFINITION, replyTimesReducerOf, type ReplyTimesResult, type ReplyTimesState } from "./reply-times.js";
import { RESPONSE_RATE_DEFINITION, responseRateReducerOf, type ResponseRateResult, type ResponseRateState } from "./response-rate.js";

/** How to split the summary: by the first replier, brand, channel, team, first-contact week or month, or a customer attribute. */
export type SummaryGroupBy = "agent" | "brand" | "channel" | "team" | "week" | "month" | { attribute: string };

export interface MetricsSummaryOptions extends MetricsOptions {
  by?: SummaryGroupBy;
}

interface Parts {
  responseRate: ResponseRateState;
  firstResponseTime: FirstResponseTimeState;
  replyTimes: ReplyTimesState;
  handleTime: HandleTimeState;
}

export interface MetricsSummaryState {
  all: Parts;
  cost: CostPerContactState | undefined;
  groups: Map<string, Parts>;
}

/** The headline figures of one group (or of everything). */
export interface HeadlineMetrics {
  contacts: number;
  responded: number;
  responseRate: number | undefined;
  turns: number;
  turnResponseRate: number | undefined;
  firstResponseTime: ResponseTimeStats;
  replyTime: ResponseTimeStats;
  messagesBeforeFirstReply: ReplyTimesResult["messagesBeforeFirstReply"];
  handleTime: Pick<HandleTimeResult, "source" | "replies" | "conversations" | "activeSpan">;
}

export interface MetricsSummary extends HeadlineMetrics {
  respondedTimeUnknown: number;
  /** Present when `toneOf` was given. */
  responseRateByTone: ResponseRateResult["byTone"];
  unanswered: ResponseRateResult["unanswered"];
  /** Present when `costModel` was given. */
  cost: CostPerContactResult | undefined;
  /** Present when `by` was given: one entry per group, sorted by key. */
  by: string | undefined;
  groups: (HeadlineMetrics & { key: string })[] | undefined;
  manifest: MetricsManifest;
  definitions: Record<"responseRate" | "firstResponseTime" | "replyTime" | "handleTime", string>;
}

const GroupBySchema = z.union([z.enum(["agent", "brand", "channel", "team", "week", "month"]), z.object({ attribute: z.string().min(1) }).strict()]);

// The summary reads only the overall figures of each metric: it counts without their splits by agent,
// brand and channel (the state keeps the same shape, those Maps stay empty).
const responseRateReducer = responseRateReducerOf(false);
const firstResponseTimeReducer = firstResponseTimeReducerOf(false);
const replyTimesReducer = replyTimesReducerOf(false);
const handleTimeReducer = handleTimeReducerOf(false);

const initParts = (o: ResolvedMetricsOptions): Parts => ({
  responseRate: responseRateReducer.init(o),
  firstResponseTime: firstResponseTimeReducer.init(o),
  replyTimes: replyTimesReducer.init(o),
  handleTime: handleTimeReducer.init(o),
});
const addParts = (parts: Parts, facts: ConversationFacts, o: ResolvedMetricsOptions) => {
  responseRateReducer.add(parts.responseRate, facts, o);
  firstResponseTimeReducer.add(parts.firstResponseTime, facts, o);
  replyTimesReducer.add(parts.replyTimes, facts, o);
  handleTimeReducer.add(parts.handleTime, facts, o);
};
const mergeParts = (into: Parts, from: Parts, o: ResolvedMetricsOptions) => {
  responseRateReducer.merge(into.responseRate, from.responseRate, o);
  firstResponseTimeReducer.merge(into.firstResponseTime, from.firstResponseTime, o);
  replyTimesReducer.merge(into.replyTimes, from.replyTimes, o);
  handleTimeReducer.merge(into.handleTime, from.handleTime, o);
};

function headline(parts: Parts, o: ResolvedMetricsOptions): { headline: HeadlineMetrics; rate: ResponseRateResult } {
  const rate = responseRateReducer.result(parts.responseRate, o);
  const frt = firstResponseTimeReducer.result(parts.firstResponseTime, o);
  const reply = replyTimesReducer.result(parts.replyTimes, o);
  const handle = handleTimeReducer.result(parts.handleTime, o);
  const times = (r: ResponseTimeStats): ResponseTimeStats => ({ n: r.n, medianSeconds: r.medianSeconds, p90Seconds: r.p90Seconds, meanSeconds: r.meanSeconds, withinTarget: r.withinTarget, unknownTime: r.unknownTime, business: r.business });
  return {
    rate,
    headline: {
      contacts: rate.contacts,
      responded: rate.responded,
      responseRate: rate.rate,
      turns: rate.turns,
      turnResponseRate: rate.turnRate,
      firstResponseTime: times(frt),
      replyTime: times(reply),
      messagesBeforeFirstReply: reply.messagesBeforeFirstReply,
      handleTime: { source: handle.source, replies: handle.replies, conversations: handle.conversations, activeSpan: handle.activeSpan },
    },
  };
}

function groupKey(by: SummaryGroupBy, facts: ConversationFacts, o: ResolvedMetricsOptions): string {
  if (by === "agent") return facts.firstReplyAgent ?? "(no reply)";
  if (by === "brand") return facts.brand;
  if (by === "channel") return facts.channel;
  if (by === "team") return facts.firstReplyAgent === null ? "(no reply)" : (o.teamOf?.(facts.firstReplyAgent) ?? facts.brand);
  if (by === "week" || by === "month") {
    const at = facts.opener?.at ?? facts.firstTimedAt;
    return at === null ? "(unknown time)" : calendarPeriod(at, by, o.timeZone).key;
  }
  const value = Object.hasOwn(facts.attributes, by.attribute) ? facts.attributes[by.attribute] : undefined;
  return value === undefined || value === null || value === "" ? "(none)" : String(value);
}

function reducerFor(by: SummaryGroupBy | undefined): MetricReducer<MetricsSummaryState, MetricsSummary> {
  return {
    init: (o) => ({ all: initParts(o), cost: o.costModel ? costPerContactReducer.init(o) : undefined, groups: new Map() }),
    add(state, facts, o) {
      addParts(state.all, facts, o);
      if (state.cost) costPerContactReducer.add(state.cost, facts, o);
      if (by !== undefined) addParts(groupOf(state.groups, groupKey(by, facts, o), () => initParts(o)), facts, o);
    },
    merge(into, from, o) {
      mergeParts(into.all, from.all, o);
      if (into.cost && from.cost) costPerContactReducer.merge(into.cost, from.cost, o);
      for (const [key, parts] of from.groups) mergeParts(groupOf(into.groups, key, () => initParts(o)), parts, o);
    },
    result(state, o) {
      const { headline: all, rate } = headline(state.all, o);
      return {
        ...all,
        respondedTimeUnknown: rate.respondedTimeUnknown,
        responseRateByTone: rate.byTone,
        unanswered: rate.unanswered,
        cost: state.cost ? costPerContactReducer.result(state.cost, o) : undefined,
        by: by === undefined ? undefined : typeof by === "string" ? by : by.attribute,
        groups: by === undefined ? undefined : sortedKeys(state.groups).map((key) => ({ key, ...headline(state.groups.get(key)!, o).headline })),
        manifest: metricsManifest(o),
        definitions: {
          responseRate: RESPONSE_RATE_DEFINITION,
          firstResponseTime: FIRST_RESPONSE_TIME_DEFINITION,
          replyTime: REPLY_TIME_DEFINITION,
          handleTime: HANDLE_TIME_DEFINITION,
        },
      };
    },
  };
}

/**
 * The headline metrics in one pass, with the manifest of their definitions: contacts, response rate
 * (per contact, per turn, by tone with `toneOf`), first response time and reply time (median, p90, mean,
 * SLA attainment; business time with `businessHours`), customer messages before the first reply, handle
 * time, the unanswered contacts (oldest first), cost per contact (with `costModel`) and, with `by`, the
 * same headline figures per group.
 *
 * @example
 * const summary = metricsSummary(conversations, { by: "brand" }); // twcs-sample/sample.csv
 * [summary.contacts, summary.responseRate, summary.firstResponseTime.medianSeconds]; // => [25, 0.96, 4111.5]
 * summary.manifest.quantileMethod; // => "R type 7 (linear interpolation between order statistics; numpy's default)"
 */
export function metricsSummary(conversations: Iterable<Conversation>, options: MetricsSummaryOptions = {}): MetricsSummary {
  const accumulator = metricsSummaryAccumulator(options);
  for (const conversation of conversations) accumulator.add(conversation);
  return accumulator.result();
}

/**
 * A mergeable accumulator of the headline metrics (for streams and worker threads): the CLI streams
 * conversations into it, a worker posts its `state` for the main thread to `merge`.
 *
 * @example
 * const summary = metricsSummaryAccumulator({ by: "week", timeZone: "Europe/London" });
 * for await (const conversation of await openExport(file, { format: "twcs" })) summary.add(conversation);
 * summary.result().groups; // => [{ key: "2017-10-09", contacts: 25, ... }]   (twcs-sample/sample.csv)
 */
export function metricsSummaryAccumulator(options: MetricsSummaryOptions = {}, state?: MetricsSummaryState): MetricAccumulator<MetricsSummaryState, MetricsSummary> {
  const { by, ...metricsOptions } = options;
  if (by !== undefined) {
    const parsed = GroupBySchema.safeParse(by);
    if (!parsed.success) throw new CarelensError(`invalid "by": ${JSON.stringify(by)}: expected agent, brand, channel, team, week, month or { attribute: NAME }`);
  }
  return createAccumulator(reducerFor(by), metricsOptions, state);
}

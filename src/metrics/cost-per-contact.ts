import { CarelensError } from "../errors.js";
import type { Conversation } from "../model/conversation.js";
import { benchmarkFor, CARE_COST_BENCHMARKS, type CareCostBenchmark } from "./care-cost-benchmarks.js";
import type { CostModel } from "./cost-model.js";
import { groupOf, mergeGroups, sortedKeys } from "./group-map.js";
import { accumulate, createAccumulator, type MetricAccumulator, type MetricReducer } from "./metric-accumulator.js";
import type { MetricsOptions, ResolvedMetricsOptions } from "./metrics-options.js";

interface ChannelCounts {
  contacts: number;
  resolved: number;
  handleSeconds: number;
}

export interface CostPerContactState {
  byChannel: Map<string, ChannelCounts>;
  firstAt: number | null;
  lastAt: number | null;
}

export interface CostRow {
  channel: string;
  contacts: number;
  resolved: number;
  handleHours: number;
  agentCost: number;
  toolCost: number;
  totalCost: number;
  perContact: number | undefined;
  perResolvedContact: number | undefined;
  /** The literature's range for this channel, to read the figures against. */
  benchmark: CareCostBenchmark | undefined;
  /** Social channels: what the resolved contacts would have cost by phone ($10-23 each), and that minus their actual cost. */
  phoneCostAvoided: { lowUsd: number; highUsd: number; netLowUsd: number; netHighUsd: number } | undefined;
}

export interface CostPerContactResult extends Omit<CostRow, "channel" | "benchmark"> {
  byChannel: CostRow[];
  months: number;
  model: CostModel;
  benchmarks: readonly CareCostBenchmark[];
  definition: string;
}

export const COST_PER_CONTACT_DEFINITION =
  "Cost per contact: agent cost (handle hours, or staffed hours, × the loaded hourly cost × (1 + overhead rate)) plus tool cost " +
  "(seats × monthly cost per seat × months in the period), divided by contacts; per resolved contact, divided by resolved contacts " +
  "(default: answered, with the agent having the last word). By channel, agent cost follows each channel's handle time (staffed " +
  "hours: its share of contacts) and tool cost each channel's share of contacts. Phone cost avoided assumes each resolved social " +
  "contact replaced one phone call at the literature's $10-23.";

const MONTH = 30.4375 * 86_400_000;
const zero = (): ChannelCounts => ({ contacts: 0, resolved: 0, handleSeconds: 0 });
const add = (into: ChannelCounts, from: ChannelCounts) => {
  into.contacts += from.contacts;
  into.resolved += from.resolved;
  into.handleSeconds += from.handleSeconds;
};
const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const latest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** The cost-per-contact reducer (see {@link costPerContact}). */
export const costPerContactReducer: MetricReducer<CostPerContactState, CostPerContactResult> = {
  init: () => ({ byChannel: new Map(), firstAt: null, lastAt: null }),
  add(state, facts) {
    const counts = groupOf(state.byChannel, facts.channel, zero);
    if (facts.isContact) counts.contacts++;
    if (facts.resolved) counts.resolved++;
    for (const reply of facts.replies) {
      counts.handleSeconds += reply.handleSeconds;
      state.firstAt = earliest(state.firstAt, reply.at);
      state.lastAt = latest(state.lastAt, reply.at);
    }
    state.firstAt = earliest(state.firstAt, facts.opener?.at ?? null);
    state.lastAt = latest(state.lastAt, facts.opener?.at ?? null);
  },
  merge(into, from) {
    mergeGroups(into.byChannel, from.byChannel, add, (c) => ({ ...c }));
    into.firstAt = earliest(into.firstAt, from.firstAt);
    into.lastAt = latest(into.lastAt, from.lastAt);
  },
  result(state, options) {
    const model = options.costModel;
    if (!model) throw new CarelensError("costPerContact needs a costModel option, e.g. { costModel: { hourlyAgentCost: 32 } }");
    const months = model.months ?? (state.firstAt === null ? 0 : (state.lastAt! - state.firstAt) / MONTH);
    const total: ChannelCounts = zero();
    for (const counts of state.byChannel.values()) add(total, counts);
    const staffedAgentCost = (model.staffedHours ?? 0) * model.hourlyAgentCost * (1 + model.overheadRate);
    const toolCost = model.seats * model.monthlyToolCostPerSeat * months;
    const row = (channel: string, counts: ChannelCounts): CostRow => {
      const contactShare = total.contacts === 0 ? 0 : counts.contacts / total.contacts;
      const agentCost =
        model.basis === "handle-time" ? (counts.handleSeconds / 3600) * model.hourlyAgentCost * (1 + model.overheadRate) : staffedAgentCost * contactShare;
      const channelToolCost = toolCost * contactShare;
      const totalCost = agentCost + channelToolCost;
      const benchmark = benchmarkFor(channel);
      const social = benchmark?.label === "social";
      const phone = CARE_COST_BENCHMARKS.find((b) => b.label === "phone")!;
      return {
        channel,
        contacts: counts.contacts,
        resolved: counts.resolved,
        handleHours: counts.handleSeconds / 3600,
        agentCost,
        toolCost: channelToolCost,
        totalCost,
        perContact: counts.contacts === 0 ? undefined : totalCost / counts.contacts,
        perResolvedContact: counts.resolved === 0 ? undefined : totalCost / counts.resolved,
        benchmark,
        phoneCostAvoided: social
          ? {
              lowUsd: counts.resolved * phone.lowUsd,
              highUsd: counts.resolved * phone.highUsd!,
              netLowUsd: counts.resolved * phone.lowUsd - totalCost,
              netHighUsd: counts.resolved * phone.highUsd! - totalCost,
            }
          : undefined,
      };
    };
    const byChannel = sortedKeys(state.byChannel).map((channel) => row(channel, state.byChannel.get(channel)!));
    const phoneRows = byChannel.filter((r) => r.phoneCostAvoided);
    // Overall costs are not the sum of the rows: with no contacts, tools still cost what they cost.
    const agentCost = model.basis === "handle-time" ? (total.handleSeconds / 3600) * model.hourlyAgentCost * (1 + model.overheadRate) : staffedAgentCost;
    const totalCost = agentCost + toolCost;
    return {
      contacts: total.contacts,
      resolved: total.resolved,
      handleHours: total.handleSeconds / 3600,
      agentCost,
      toolCost,
      totalCost,
      perContact: total.contacts === 0 ? undefined : totalCost / total.contacts,
      perResolvedContact: total.resolved === 0 ? undefined : totalCost / total.resolved,
      phoneCostAvoided:
        phoneRows.length === 0
          ? undefined
          : {
              lowUsd: phoneRows.reduce((s, r) => s + r.phoneCostAvoided!.lowUsd, 0),
              highUsd: phoneRows.reduce((s, r) => s + r.phoneCostAvoided!.highUsd, 0),
              netLowUsd: phoneRows.reduce((s, r) => s + r.phoneCostAvoided!.netLowUsd, 0),
              netHighUsd: phoneRows.reduce((s, r) => s + r.phoneCostAvoided!.netHighUsd, 0),
            },
      byChannel,
      months,
      model,
      benchmarks: CARE_COST_BENCHMARKS,
      definition: COST_PER_CONTACT_DEFINITION,
    };
  },
};

/**
 * Cost per contact and per resolved contact, by channel, from a cost model applied to handle time (or to
 * staffed hours), shown beside the literature's reference figures (social about $2-4, email/chat $5-10,
 * phone $10-23, over $100 for cable) and, for social channels, the phone cost the resolved contacts avoided.
 *
 * Edge cases: needs `costModel` (throws a CarelensError without it); no contacts gives `perContact:
 * undefined`; tool cost is 0 when the data spans no time and no `months` is given.
 *
 * @example
 * const cost = costPerContact(conversations, { costModel: { hourlyAgentCost: 30, overheadRate: 0.25 } }); // twcs-sample/sample.csv
 * [cost.perContact, cost.perResolvedContact]; // => [1.22, 1.53]   (0.81 handle hours for 25 contacts, 20 resolved)
 * cost.byChannel[0].benchmark; // => { label: "social", lowUsd: 2, highUsd: 4, ... }
 * cost.byChannel[0].phoneCostAvoided; // => { lowUsd: 200, highUsd: 460, netLowUsd: 169.46, netHighUsd: 429.46 }
 */
export function costPerContact(conversations: Iterable<Conversation>, options: MetricsOptions | ResolvedMetricsOptions): CostPerContactResult {
  return accumulate(costPerContactReducer, conversations, options);
}

/**
 * A mergeable cost-per-contact accumulator (for streams and worker threads).
 *
 * @example
 * const accumulator = costPerContactAccumulator({ costModel: { hourlyAgentCost: 30 } });
 * for await (const conversation of stream) accumulator.add(conversation);
 * accumulator.result().perResolvedContact; // => 1.22 (twcs-sample/sample.csv: 0.81 h × $30 over 20 resolved contacts)
 */
export function costPerContactAccumulator(options: MetricsOptions | ResolvedMetricsOptions, state?: CostPerContactState): MetricAccumulator<CostPerContactState, CostPerContactResult> {
  return createAccumulator(costPerContactReducer, options, state);
}

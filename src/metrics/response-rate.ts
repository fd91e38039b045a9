import type { Conversation } from "../model/conversation.js";
import type { Channel } from "../model/message.js";
import type { ConversationFacts } from "./conversation-facts.js";
import { groupOf, mergeGroups, sortedKeys } from "./group-map.js";
import { accumulate, createAccumulator, type MetricAccumulator, type MetricReducer } from "./metric-accumulator.js";
import type { MetricsOptions, ResolvedMetricsOptions, Tone } from "./metrics-options.js";

interface Counts {
  contacts: number;
  responded: number;
  turns: number;
  turnsAnswered: number;
}

/** An unanswered contact: a "missed" message to answer now (late is better than never). */
export interface UnansweredContact {
  conversationId: string;
  brand: string;
  channel: Channel;
  customerId: string;
  messageId: string;
  /** When the customer wrote, ISO 8601; null when unknown. */
  sentAt: string | null;
  /** The opening message (first 280 characters). */
  text: string;
  tone: Tone | undefined;
}

export interface ResponseRateState {
  all: Counts;
  /** Contacts whose first reply has no known time (counted as responded). */
  respondedTimeUnknown: number;
  byTone: Map<string, Counts>;
  byBrand: Map<string, Counts>;
  byChannel: Map<string, Counts>;
  unansweredCount: number;
  unanswered: (UnansweredContact & { at: number | null })[];
}

/** One row of a response-rate split. Rates are undefined when there is nothing to divide. */
export interface ResponseRateRow {
  contacts: number;
  responded: number;
  rate: number | undefined;
  turns: number;
  turnsAnswered: number;
  turnRate: number | undefined;
}

export interface ResponseRateResult extends ResponseRateRow {
  respondedTimeUnknown: number;
  /** Present only when a `toneOf` option was given: contacts by the tone of their opening message, turns by the tone of their first message. */
  byTone: (ResponseRateRow & { tone: string })[] | undefined;
  byBrand: (ResponseRateRow & { brand: string })[];
  byChannel: (ResponseRateRow & { channel: string })[];
  /** Unanswered contacts, oldest first (at most `unansweredLimit`; `count` is exact). */
  unanswered: { count: number; oldest: UnansweredContact[] };
  definition: string;
  options: { windowSeconds: number | null; clockStart: string };
}

const zero = (): Counts => ({ contacts: 0, responded: 0, turns: 0, turnsAnswered: 0 });
const addCounts = (into: Counts, from: Counts) => {
  into.contacts += from.contacts;
  into.responded += from.responded;
  into.turns += from.turns;
  into.turnsAnswered += from.turnsAnswered;
};

export const RESPONSE_RATE_DEFINITION =
  "Response rate: the share of contacts (conversations opened by a customer message) that got a reply from a human agent " +
  "(bot and system messages never count), within the window when one is set, else at any time before the end of the data. " +
  "A reply with an unknown time counts as a response. Per turn: the share of customer turns (consecutive customer messages) followed by an agent reply.";

/** The response-rate reducer (see {@link responseRate}). */
export const responseRateReducer: MetricReducer<ResponseRateState, ResponseRateResult> = responseRateReducerOf(true);

/**
 * The response-rate reducer, with or without the per-brand and per-channel splits (`byBrand`,
 * `byChannel`): without them (`splits` false) they stay empty, and a conversation costs two Map look-ups
 * fewer. The totals, the tones and the unanswered contacts are the same either way: the metrics summary,
 * which reads only those, counts without the splits.
 *
 * @example
 * const totals = createAccumulator(responseRateReducerOf(false));
 * for (const conversation of conversations) totals.add(conversation);
 * [totals.result().rate, totals.result().byBrand]; // => [0.96, []] (twcs-sample/sample.csv)
 */
export function responseRateReducerOf(splits: boolean): MetricReducer<ResponseRateState, ResponseRateResult> {
  return {
    init: () => ({ all: zero(), respondedTimeUnknown: 0, byTone: new Map(), byBrand: new Map(), byChannel: new Map(), unansweredCount: 0, unanswered: [] }),
    add(state, facts, options) {
      // Counted into each group in place: no per-conversation count objects.
      const contacts = facts.isContact ? 1 : 0;
      const responded = facts.isContact && facts.responded ? 1 : 0;
      const turns = facts.turns.length;
      let turnsAnswered = 0;
      for (const turn of facts.turns) if (turn.answered) turnsAnswered++;
      addCount(state.all, contacts, responded, turns, turnsAnswered);
      if (splits) {
        addCount(groupOf(state.byBrand, facts.brand, zero), contacts, responded, turns, turnsAnswered);
        addCount(groupOf(state.byChannel, facts.channel, zero), contacts, responded, turns, turnsAnswered);
      }
      if (facts.isContact && facts.responded && facts.firstReplyTimeUnknown) state.respondedTimeUnknown++;
      if (options.toneOf) {
        if (facts.isContact) addCount(groupOf(state.byTone, facts.opener!.tone ?? "neutral", zero), contacts, responded, 0, 0);
        for (const turn of facts.turns) addCount(groupOf(state.byTone, turn.tone ?? "neutral", zero), 0, 0, 1, turn.answered ? 1 : 0);
      }
      if (facts.isContact && !facts.responded) {
        // Built only when it may be among the oldest (see pastTheOldest): a file read in time order
        // would otherwise build, and drop, a contact with its ISO time for nearly every unanswered one.
        const dropped = state.unansweredCount > state.unanswered.length;
        state.unansweredCount++;
        if (dropped && pastTheOldest(facts, state.unanswered, options.unansweredLimit)) return;
        state.unanswered.push(unansweredOf(facts));
        if (state.unanswered.length > 2 * options.unansweredLimit + 64) keepOldest(state.unanswered, options.unansweredLimit);
      }
    },
    merge(into, from, options) {
      addCounts(into.all, from.all);
      into.respondedTimeUnknown += from.respondedTimeUnknown;
      for (const key of splits ? (["byTone", "byBrand", "byChannel"] as const) : (["byTone"] as const)) mergeGroups(into[key], from[key], addCounts, (c) => ({ ...c }));
      into.unansweredCount += from.unansweredCount;
      into.unanswered.push(...from.unanswered.slice(0, 2 * options.unansweredLimit + 64));
      keepOldest(into.unanswered, options.unansweredLimit);
    },
    result(state, options) {
      const oldest = [...state.unanswered];
      keepOldest(oldest, options.unansweredLimit);
      return {
        ...row(state.all),
        respondedTimeUnknown: state.respondedTimeUnknown,
        byTone: options.toneOf ? sortedKeys(state.byTone).map((tone) => ({ tone, ...row(state.byTone.get(tone)!) })) : undefined,
        byBrand: sortedKeys(state.byBrand).map((brand) => ({ brand, ...row(state.byBrand.get(brand)!) })),
        byChannel: sortedKeys(state.byChannel).map((channel) => ({ channel, ...row(state.byChannel.get(channel)!) })),
        unanswered: { count: state.unansweredCount, oldest: oldest.map(({ at: _at, ...contact }) => contact) },
        definition: RESPONSE_RATE_DEFINITION,
        options: { windowSeconds: options.windowSeconds ?? null, clockStart: options.clockStart },
      };
    },
  };
}

function addCount(into: Counts, contacts: number, responded: number, turns: number, turnsAnswered: number): void {
  into.contacts += contacts;
  into.responded += responded;
  into.turns += turns;
  into.turnsAnswered += turnsAnswered;
}

function row(counts: Counts): ResponseRateRow {
  return {
    ...counts,
    rate: counts.contacts === 0 ? undefined : counts.responded / counts.contacts,
    turnRate: counts.turns === 0 ? undefined : counts.turnsAnswered / counts.turns,
  };
}

function unansweredOf(facts: ConversationFacts): UnansweredContact & { at: number | null } {
  const opener = facts.opener!;
  return {
    conversationId: facts.conversationId,
    brand: facts.brand,
    channel: facts.channel,
    customerId: facts.customerId,
    messageId: opener.messageId,
    sentAt: opener.at === null ? null : new Date(opener.at).toISOString(),
    text: opener.text,
    tone: opener.tone,
    at: opener.at,
  };
}

/** Sorts oldest first (unknown times last, then by ids so the order never depends on input order) and truncates. */
function keepOldest(list: (UnansweredContact & { at: number | null })[], limit: number): void {
  list.sort((a, b) => older(a.at, a.conversationId, a.brand, a.messageId, b));
  if (list.length > limit) list.length = limit;
}

/** keepOldest's order: negative when the contact (at, conversationId, brand, messageId) comes before `b`. */
function older(at: number | null, conversationId: string, brand: string, messageId: string, b: UnansweredContact & { at: number | null }): number {
  return (at ?? Infinity) - (b.at ?? Infinity) || compare(conversationId, b.conversationId) || compare(brand, b.brand) || compare(messageId, b.messageId);
}

/**
 * True when an unanswered contact cannot be among the `limit` oldest: the list was truncated (some
 * contact was dropped), so since that keepOldest its first `limit` entries are the oldest kept, in order
 * (entries are only pushed after them), and this contact comes after the last of them.
 */
function pastTheOldest(facts: ConversationFacts, list: (UnansweredContact & { at: number | null })[], limit: number): boolean {
  if (limit === 0) return true;
  const opener = facts.opener!;
  const last = list[limit - 1]!;
  // An invalid time (NaN) has no place in the order: such a contact is kept, for the sort to place.
  if (Number.isNaN(opener.at) || Number.isNaN(last.at)) return false;
  return older(opener.at, facts.conversationId, facts.brand, opener.messageId, last) > 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Response rate: the share of contacts that got a human agent reply (within `windowSeconds` when set,
 * else any time before the end of the data), per contact and per customer turn, by brand, by channel
 * and, when `toneOf` is given, by the customer's tone (so "answers the praise, ignores the complaints"
 * shows). Also the unanswered contacts, oldest first.
 *
 * Edge cases: agent-started conversations are not contacts (their customer turns still count per
 * turn); bot and system messages are never replies; a first reply with an unknown time counts as a
 * response; no contacts gives `rate: undefined`.
 *
 * @example
 * responseRate(conversations); // twcs-sample/sample.csv
 * // => { contacts: 25, responded: 24, rate: 0.96, turns: 46, turnsAnswered: 41, turnRate: 0.891, ... }
 */
export function responseRate(conversations: Iterable<Conversation>, options?: MetricsOptions | ResolvedMetricsOptions): ResponseRateResult {
  return accumulate(responseRateReducer, conversations, options);
}

/**
 * A mergeable response-rate accumulator (for streams and worker threads).
 *
 * @example
 * const accumulator = responseRateAccumulator({ windowSeconds: 3600 });
 * for await (const conversation of await openExport(file, { format: "twcs" })) accumulator.add(conversation);
 * accumulator.result().rate; // => 0.96 (twcs-sample/sample.csv)
 */
export function responseRateAccumulator(options?: MetricsOptions | ResolvedMetricsOptions, state?: ResponseRateState): MetricAccumulator<ResponseRateState, ResponseRateResult> {
  return createAccumulator(responseRateReducer, options, state);
}

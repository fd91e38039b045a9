import { QUANTILE_METHOD } from "./first-response-time.js";
import type { MetricsOptions, ResolvedMetricsOptions } from "./metrics-options.js";
import { resolveMetricsOptions } from "./metrics-options.js";

export const CONTACT_DEFINITION =
  "A contact is a conversation opened by a customer message: its first customer-or-agent message is the customer's (bot greetings " +
  "and system events before it are ignored). Conversations an agent started (or whose opening customer message is missing from " +
  "the export) are not contacts.";
export const BOT_RULE = "Bot and system messages (automatic replies, internal notes) never count as replies and never stop a clock.";
export const AGENT_RULE = 'Each reply is credited to its writer, "Brand/agentId"; a reply without an agent id goes to "Brand/(unsigned)".';
export const UNKNOWN_TIME_RULE =
  "A contact whose first reply has no known time counts as responded but is left out of time metrics (so are replies " +
  "timed before their clock start); statistics over nothing are undefined (null in JSON).";

/** The definitions and settings behind a set of metrics, to print beside the numbers. */
export interface MetricsManifest {
  contact: string;
  clockStart: string;
  window: string;
  windowSeconds: number | null;
  businessHours: unknown;
  holidays: string[];
  timeZone: string;
  botRule: string;
  agentRule: string;
  missingData: string;
  quantileMethod: string;
  slaTargetsSeconds: number[];
  handleTimeModel: { readingWordsPerMinute: number; writingWordsPerMinute: number; overheadSeconds: number; rule: string };
  costModel: unknown;
  confidenceLevel: number;
}

/**
 * The manifest of the definitions and options that shaped a set of metrics: clock start, window,
 * schedule, holidays, time zone, bot rule, quantile method, SLA targets, handle-time model, cost model.
 *
 * @example
 * metricsManifest({ windowSeconds: 86400 }).window; // => "a reply within 86400 s (24 h) of the clock start"
 * metricsManifest().quantileMethod; // => "R type 7 (linear interpolation between order statistics; numpy's default)"
 */
export function metricsManifest(options: MetricsOptions | ResolvedMetricsOptions = {}): MetricsManifest {
  const o = resolveMetricsOptions(options);
  const hours = o.windowSeconds === undefined ? "" : ` (${+(o.windowSeconds / 3600).toFixed(2)} h)`;
  return {
    contact: CONTACT_DEFINITION,
    clockStart:
      o.clockStart === "first-customer-message"
        ? "first-customer-message: the contact's first customer message"
        : "conversation-creation: the conversation's creation time (meta.createdAt, else its first message of any role)",
    window: o.windowSeconds === undefined ? "none: any reply before the end of the data" : `a reply within ${o.windowSeconds} s${hours} of the clock start`,
    windowSeconds: o.windowSeconds ?? null,
    businessHours: o.businessHours?.source ?? null,
    holidays: o.businessHours ? [...o.businessHours.source.holidays] : [],
    timeZone: o.timeZone,
    botRule: BOT_RULE,
    agentRule: AGENT_RULE,
    missingData: UNKNOWN_TIME_RULE,
    quantileMethod: QUANTILE_METHOD,
    slaTargetsSeconds: [...o.slaTargetsSeconds],
    handleTimeModel: {
      ...o.handleTime,
      rule: "the export's work time when a reply has one; else reading time of the customer's new words + writing time of the reply + overhead",
    },
    costModel: o.costModel ?? null,
    confidenceLevel: o.level,
  };
}

import { z } from "zod";
import { CarelensError } from "../errors.js";
import type { Conversation } from "../model/conversation.js";
import type { Message } from "../model/message.js";
import { compileSchedule, type BusinessScheduleInput, type CompiledSchedule } from "./business-hours/business-schedule.js";
import { isTimeZone } from "./business-hours/time-zone-offset.js";
import { parseCostModel, type CostModel, type CostModelInput } from "./cost-model.js";
import { HandleTimeModelSchema, type HandleTimeModel, type HandleTimeModelInput } from "./handle-time-model.js";

/** A customer message's tone. */
export type Tone = "negative" | "neutral" | "positive";
/** When the response clock starts. */
export type ClockStart = "first-customer-message" | "conversation-creation";

const fn = <T>(name: string) => z.custom<T>((value) => typeof value === "function", { message: `${name} must be a function` });

/** Options every metric understands (each uses the ones it needs). All optional. */
export interface MetricsOptions {
  /** A reply counts as a response only within this many seconds of the clock start. Default: no limit (any reply in the data). */
  windowSeconds?: number;
  /** Default "first-customer-message". "conversation-creation" starts at {@link MetricsOptions.createdAt}. */
  clockStart?: ClockStart;
  /** When a conversation was created. Default: `conversation.meta.createdAt` (a Date or ISO text), else its first message of any role. */
  createdAt?: (conversation: Conversation) => Date | null | undefined;
  /** Service-level targets in seconds for "share answered within". Default [1800, 3600] (30 and 60 minutes). */
  slaTargetsSeconds?: number[];
  /** Business hours: response times are also measured in business time when given. */
  businessHours?: BusinessScheduleInput | CompiledSchedule;
  /** IANA time zone for hours of the day, weekdays, weeks and months. Default "UTC". */
  timeZone?: string;
  /** The tone of a customer message; splits by tone appear only when this is given. */
  toneOf?: (message: Message) => Tone;
  /** The team of an agent (an agentKey, "Brand/ID"); per-team figures appear only when this is given. */
  teamOf?: (agent: string) => string | undefined;
  /** The handle-time estimate used for replies without a work-time value. */
  handleTime?: HandleTimeModelInput;
  /** Whether a contact was resolved. Default: it got an agent reply and the agent had the last word. */
  isResolved?: (conversation: Conversation) => boolean;
  /** How many unanswered contacts to list (the oldest). Default 1000; the count is always exact. */
  unansweredLimit?: number;
  /** What agent work costs; cost per contact appears only when this is given. */
  costModel?: CostModelInput;
  /** Confidence level of intervals. Default 0.95. */
  level?: number;
}

const MetricsOptionsSchema = z
  .object({
    windowSeconds: z.number().positive().optional(),
    clockStart: z.enum(["first-customer-message", "conversation-creation"]).default("first-customer-message"),
    createdAt: fn<MetricsOptions["createdAt"]>("createdAt").optional(),
    slaTargetsSeconds: z.array(z.number().positive()).min(1).default([1800, 3600]),
    // Checked by compileSchedule, whose messages name the schedule's own fields.
    businessHours: z.custom<BusinessScheduleInput | CompiledSchedule>((value) => typeof value === "object" && value !== null, { message: "expected a schedule object" }).optional(),
    timeZone: z
      .string()
      .refine(isTimeZone, { error: (issue) => `unknown IANA time zone ${JSON.stringify(issue.input)} (e.g. "Europe/London", "UTC")` })
      .default("UTC"),
    toneOf: fn<MetricsOptions["toneOf"]>("toneOf").optional(),
    teamOf: fn<MetricsOptions["teamOf"]>("teamOf").optional(),
    handleTime: HandleTimeModelSchema.default({ readingWordsPerMinute: 238, writingWordsPerMinute: 40, overheadSeconds: 30 }),
    isResolved: fn<MetricsOptions["isResolved"]>("isResolved").optional(),
    unansweredLimit: z.number().int().nonnegative().default(1000),
    // Checked by parseCostModel, whose messages name the model's own fields.
    costModel: z.custom<CostModelInput>((value) => typeof value === "object" && value !== null, { message: "expected a cost model object" }).optional(),
    level: z.number().gt(0).lt(1).default(0.95),
  })
  .strict();

/** Options after validation, with defaults filled in and the schedule compiled. */
export interface ResolvedMetricsOptions {
  readonly windowSeconds: number | undefined;
  readonly clockStart: ClockStart;
  readonly createdAt: ((conversation: Conversation) => Date | null | undefined) | undefined;
  readonly slaTargetsSeconds: readonly number[];
  readonly businessHours: CompiledSchedule | undefined;
  readonly timeZone: string;
  readonly toneOf: ((message: Message) => Tone) | undefined;
  readonly teamOf: ((agent: string) => string | undefined) | undefined;
  readonly handleTime: HandleTimeModel;
  readonly isResolved: ((conversation: Conversation) => boolean) | undefined;
  readonly unansweredLimit: number;
  readonly costModel: CostModel | undefined;
  readonly level: number;
  readonly resolved: true;
}

/**
 * Validates metric options and fills in the defaults; throws a CarelensError naming every bad option.
 * Options already resolved are returned as they are.
 *
 * @example
 * resolveMetricsOptions({ windowSeconds: 86400 }).slaTargetsSeconds; // => [1800, 3600]
 */
export function resolveMetricsOptions(options: MetricsOptions | ResolvedMetricsOptions = {}): ResolvedMetricsOptions {
  if ("resolved" in options && options.resolved === true) return options as ResolvedMetricsOptions;
  const parsed = MetricsOptionsSchema.safeParse(options);
  if (!parsed.success) throw new CarelensError(`invalid metrics options:\n${z.prettifyError(parsed.error)}`);
  const o = parsed.data;
  return {
    windowSeconds: o.windowSeconds,
    clockStart: o.clockStart,
    createdAt: o.createdAt,
    slaTargetsSeconds: [...o.slaTargetsSeconds].sort((a, b) => a - b),
    businessHours: o.businessHours === undefined ? undefined : compileSchedule(o.businessHours),
    timeZone: o.timeZone,
    toneOf: o.toneOf,
    teamOf: o.teamOf,
    handleTime: o.handleTime,
    isResolved: o.isResolved,
    unansweredLimit: o.unansweredLimit,
    costModel: o.costModel === undefined ? undefined : parseCostModel(o.costModel),
    level: o.level,
    resolved: true,
  };
}

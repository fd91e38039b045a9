import type { Channel } from "../model/message.js";

/** A reference range of cost per contact, in US dollars, from the customer-care literature. */
export interface CareCostBenchmark {
  label: string;
  channels: readonly Channel[];
  lowUsd: number;
  /** Undefined for an open-ended "over" figure. */
  highUsd: number | undefined;
  note: string;
}

/**
 * Reference costs per contact to show beside computed ones, as given in carelens's issue 4 ("social
 * about $2-4, email/chat $5-10, phone $10-23, over $100 for cable"), which quotes them from the
 * customer-care literature: contact-centre cost-per-contact benchmarks and social-care cost comparisons
 * (the cable figure is for cable and telecom providers, where a contact can end in a technician's visit).
 * They are orders of magnitude to put a number in context, not targets: carelens has not re-derived
 * them, and they vary by country, year and industry, so cite your own benchmark when you have one.
 *
 * @example
 * CARE_COST_BENCHMARKS.find((b) => b.channels.includes("twitter"))?.lowUsd; // => 2
 */
export const CARE_COST_BENCHMARKS: readonly CareCostBenchmark[] = Object.freeze([
  { label: "social", channels: ["twitter", "facebook", "instagram", "forum"], lowUsd: 2, highUsd: 4, note: "public social-media care" },
  { label: "email/chat", channels: ["email", "chat", "sms"], lowUsd: 5, highUsd: 10, note: "written one-to-one channels" },
  { label: "phone", channels: ["phone"], lowUsd: 10, highUsd: 23, note: "a call handled by an agent" },
  { label: "cable (phone)", channels: [], lowUsd: 100, highUsd: undefined, note: "cable and telecom providers, where contacts can end in a technician's visit" },
]);

/**
 * The benchmark of a channel, if any.
 *
 * @example
 * benchmarkFor("chat")?.label; // => "email/chat"
 */
export function benchmarkFor(channel: string): CareCostBenchmark | undefined {
  return CARE_COST_BENCHMARKS.find((benchmark) => (benchmark.channels as readonly string[]).includes(channel));
}

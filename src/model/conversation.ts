import { z } from "zod";
import { ChannelSchema, MessageSchema } from "./message.js";

/** A customer attribute used for cohorts (signup cohort, location, age band, ...). */
export const AttributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type AttributeValue = z.infer<typeof AttributeValueSchema>;

/**
 * The customer of a conversation.
 *
 * @example
 * CustomerSchema.parse({ id: "105836", name: "Miriam", attributes: { signupCohort: "2017-Q3" } });
 */
export const CustomerSchema = z.object({
  id: z.string(),
  /** A personal name when the export has one (ABCD scenario, Zendesk requester, display name). */
  name: z.string().optional(),
  /** The public handle without "@", e.g. "CinVakas". */
  handle: z.string().optional(),
  attributes: z.record(z.string(), AttributeValueSchema).default({}),
});
export type Customer = z.infer<typeof CustomerSchema>;

/**
 * A conversation: one customer, one brand, messages in time order.
 *
 * @example
 * ConversationSchema.parse({ id: "c1", channel: "chat", brand: "Acme", customer: { id: "u1" }, messages: [] });
 */
export const ConversationSchema = z.object({
  id: z.string().min(1),
  channel: ChannelSchema,
  /** The company account answering, e.g. "AppleSupport"; "" when the export does not say. */
  brand: z.string(),
  customer: CustomerSchema,
  /** Messages sorted by time; messages without a time keep their export order. */
  messages: z.array(MessageSchema),
  /** The experiment group, e.g. "pilot" or "control", when assigned per conversation. */
  group: z.string().optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

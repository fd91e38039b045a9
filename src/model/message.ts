import { z } from "zod";

/** Where a conversation happened. `other` when the export does not say. */
export const ChannelSchema = z.enum(["twitter", "facebook", "instagram", "chat", "email", "sms", "phone", "forum", "other"]);
export type Channel = z.infer<typeof ChannelSchema>;

/** Who wrote a message. Bots and system events never count as an agent reply. */
export const RoleSchema = z.enum(["customer", "agent", "bot", "system"]);
export type Role = z.infer<typeof RoleSchema>;

/** Whether the public could see the message (a tweet) or only the customer (a DM, a private note). */
export const VisibilitySchema = z.enum(["public", "private"]);
export type Visibility = z.infer<typeof VisibilitySchema>;

/** Where a message came from in the export, for drill-down and error messages. */
export const SourceLocationSchema = z.object({
  /** 1-based line of the record's first line (line-based formats). */
  line: z.number().int().positive().optional(),
  /** 0-based index of the record in the export (JSON formats). */
  record: z.number().int().nonnegative().optional(),
});
export type SourceLocation = z.infer<typeof SourceLocationSchema>;

/**
 * One message of a conversation.
 *
 * @example
 * MessageSchema.parse({
 *   id: "119243", conversationId: "119240", role: "agent", authorId: "VirginTrains", agentId: "MM",
 *   sentAt: new Date("2017-10-10T15:25:14Z"), text: "@105836 Have you tried from another device, Miriam ^MM",
 *   channel: "twitter", visibility: "public", inReplyTo: "119241",
 * });
 */
export const MessageSchema = z.object({
  /** The export's own id (the tweet id for Twitter exports); unique within its conversation. */
  id: z.string().min(1),
  conversationId: z.string().min(1),
  role: RoleSchema,
  /** The account that wrote it: the customer's handle or id, or the brand's account for agents. */
  authorId: z.string(),
  authorName: z.string().optional(),
  /** The individual agent, e.g. from a Twitter signature such as "^MM", "/AY", "*SR", "-JS". */
  agentId: z.string().optional(),
  /** When it was sent; null when the export has no time for it. */
  sentAt: z.date().nullable(),
  text: z.string(),
  channel: ChannelSchema,
  visibility: VisibilitySchema,
  /** The id of the message this one replies to, when the export links replies. */
  inReplyTo: z.string().optional(),
  /** Agent work time for this message in seconds, when the export records it (a handle-time column). */
  workSeconds: z.number().nonnegative().optional(),
  source: SourceLocationSchema.optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
});
export type Message = z.infer<typeof MessageSchema>;

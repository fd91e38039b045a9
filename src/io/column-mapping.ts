import { z } from "zod";
import { ChannelSchema, RoleSchema } from "../model/message.js";

/**
 * Which column (CSV header, or JSON key / dotted path) holds each message field of a flat message table.
 * `conversationId` and `text` are required, and either `role` or `inbound`.
 *
 * @example
 * ColumnMappingSchema.parse({ conversationId: "ticket", role: "sender", time: "ts", text: "body", agentId: "agent" });
 */
export const ColumnMappingSchema = z
  .object({
    conversationId: z.string().min(1),
    text: z.string().min(1),
    /** Role values such as customer/agent/bot/system (synonyms understood: client, user, staff, operator, ...). */
    role: z.string().min(1).optional(),
    /** A true/false column: true = written by the customer (as TWCS's `inbound`). */
    inbound: z.string().min(1).optional(),
    messageId: z.string().min(1).optional(),
    time: z.string().min(1).optional(),
    authorId: z.string().min(1).optional(),
    authorName: z.string().min(1).optional(),
    agentId: z.string().min(1).optional(),
    channel: z.string().min(1).optional(),
    visibility: z.string().min(1).optional(),
    inReplyTo: z.string().min(1).optional(),
    brand: z.string().min(1).optional(),
    customerId: z.string().min(1).optional(),
    customerName: z.string().min(1).optional(),
    /** Agent work time for the message, in seconds (a handle-time column). */
    workSeconds: z.string().min(1).optional(),
    group: z.string().min(1).optional(),
    /** Columns copied into customer.attributes (signup cohort, location, age band, ...). */
    attributes: z.array(z.string().min(1)).default([]),
  })
  .refine((mapping) => mapping.role !== undefined || mapping.inbound !== undefined, {
    message: "the mapping needs a role column or an inbound column",
    path: ["role"],
  });
export type ColumnMapping = z.input<typeof ColumnMappingSchema>;

/** Options of the mapped formats (`csv`, `json`, `ndjson`). */
export const MappedOptionsSchema = z.object({
  mapping: ColumnMappingSchema,
  /** Channel when the table has no channel column. Default "other". */
  channel: ChannelSchema.default("other"),
  /** Brand when the table has no brand column. Default "". */
  brand: z.string().default(""),
  /** Extra role values, e.g. { "Kunde": "customer" }; matched case-insensitively. */
  roleValues: z.record(z.string(), RoleSchema).default({}),
  /**
   * Rows of a conversation are contiguous (the table is sorted by conversation): each conversation is
   * emitted as soon as the next one starts, so memory stays small. Default false: all rows are held until
   * the end, so any order works.
   */
  contiguous: z.boolean().default(false),
});
export type MappedOptions = z.input<typeof MappedOptionsSchema>;

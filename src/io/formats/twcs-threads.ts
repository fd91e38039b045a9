import type { Conversation } from "../../model/conversation.js";
import type { Message } from "../../model/message.js";
import { agentSignature } from "../agent-signature.js";
import { IdSet } from "../id-set.js";
import { IdTable } from "../id-table.js";
import type { LoadLog } from "../load-report.js";
import type { TwcsRow } from "./twcs-rows.js";
import { sortByTime, sortStably } from "../time-order.js";

type LinkField = "in_response_to_tweet_id" | "response_tweet_id";
interface Thread {
  rows: TwcsRow[];
  /**
   * The links of this thread's tweets to tweets that were not read then, in the order they were made;
   * those read since are marked `resolved` (an array and a count: no Map per thread).
   */
  pending: Link[];
  /** How many of `pending` are not resolved: the tweets the thread still waits for. */
  waitsFor: number;
  closed: boolean;
  into?: Thread;
  readonly isLink: false;
}
/** A link to a tweet not read yet: who links to it, how, and the thread it was in then (see find). */
interface Link {
  row: TwcsRow;
  field: LinkField;
  id: string;
  key: Key;
  thread: Thread;
  resolved: boolean;
  readonly isLink: true;
}
type Key = number | string;

/** Default bound on the tweets of one conversation (real threads hold a few dozen at most). */
export const DEFAULT_MAX_THREAD = 10_000;

/**
 * Small all-digit ids become numbers: a Set of small integers costs a fraction of a Set of strings. The
 * digits are read here, not by Number() (a call into the runtime per id, three per tweet).
 */
function key(id: string): Key {
  const n = id.length;
  if (n > 9 || id.charCodeAt(0) === 48) return id;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number(id);
    value = value * 10 + digit;
  }
  return n === 0 ? Number(id) : value;
}

/**
 * Rebuilds TWCS threads from reply links while rows stream in. A thread is complete once every tweet it
 * links to (in_response_to_tweet_id or response_tweet_id) has been read; it is then emitted and its rows
 * forgotten, so memory is bounded by the open threads, not the file. Threads that still wait for a
 * tweet at the end of the input (it is not in the file) are emitted by `finish()` with one
 * `dangling-reference` issue per missing tweet.
 *
 * Rows are joined by union-find over the links, so the conversations do not depend on row order.
 */
export class TwcsThreads {
  /**
   * By tweet id: the thread of each tweet read whose thread is still open, and the link to each tweet
   * not read yet that an open thread waits for. One map, not two, so a row costs fewer Map operations: an
   * id is read (a Thread) or not (a Link), never both. An IdTable: each id is set and deleted once,
   * without a Map's entry churn.
   */
  private readonly ids = new IdTable<Thread | Link>();
  /**
   * Every tweet id read (duplicates are told by it; one that is not open was emitted, so a link to it is a
   * late reply): compact, see IdSet, and asked before the maps.
   */
  private readonly read = new IdSet();
  /**
   * The largest numeric id read: a link to a larger one (a reply, as tweet ids grow with time) is to a
   * tweet not read yet, without a probe of `read` (a cache miss in a large table).
   */
  private maxRead = -1;
  /** The rows read since the last retain(), with the thread each joined. */
  private recent: TwcsRow[] = [];
  private recentThreads: Thread[] = [];
  /** One spelling per brand handle (handles are case-insensitive): the first one seen. */
  private readonly brandSpelling = new Map<string, string>();
  private ready: Conversation[] = [];

  constructor(
    private readonly log: LoadLog,
    /** A thread that reaches this many tweets is emitted as it is, and its later tweets start a new conversation. */
    private readonly maxMessages = DEFAULT_MAX_THREAD,
  ) {}

  /** The conversations completed since the last call, in the order they completed. */
  completed(): Conversation[] {
    const out = this.ready;
    this.ready = [];
    return out;
  }

  /** Adds a validated row; emits the conversations it completes. */
  add(row: TwcsRow): void {
    const k = key(row.id);
    // Marked read here already: its own id is never among its links (linkId drops those).
    if (!this.read.insert(k)) {
      this.log.reject({
        code: "duplicate-id",
        message: `Row rejected: tweet_id ${row.id} was already read`,
        path: ["tweet_id"],
        field: "tweet_id",
        line: row.line,
        record: row.order,
        input: row.id,
      });
      return;
    }
    let thread: Thread;
    // Not read before, so the entry, if any, is the link of a thread waiting for this tweet.
    if (typeof k === "number" && k > this.maxRead) this.maxRead = k;
    const waiter = this.ids.get(k) as Link | undefined;
    if (waiter) {
      thread = find(waiter.thread);
      waiter.resolved = true;
      thread.waitsFor--;
    } else thread = { rows: [], pending: [], waitsFor: 0, closed: false, isLink: false };
    thread.rows.push(row);
    this.ids.set(k, thread);
    this.recent.push(row);
    this.recentThreads.push(thread);
    // A reply its parent was waiting for (the usual case) is already in the parent's thread.
    const inParentThread = waiter !== undefined && waiter.field === "response_tweet_id" && waiter.row.id === row.parent;
    if (row.parent !== undefined && !inParentThread) thread = this.link(thread, row, row.parent, "in_response_to_tweet_id");
    for (const child of row.children) thread = this.link(thread, row, child, "response_tweet_id");
    if (thread.waitsFor === 0) this.close(thread);
    else if (thread.rows.length >= this.maxMessages) this.split(thread, row);
  }

  /**
   * Emits a thread that reached the size bound although it still waits for tweets: memory stays bounded
   * by the bound, not by the file (one thread of 3 million tweets took 3.5 GB). The tweets it waits for
   * start a new conversation when they are read (their link back is reported as a late reply).
   */
  private split(thread: Thread, row: TwcsRow): void {
    this.log.warn({
      code: "thread-split",
      message: `Thread of tweet ${thread.rows[0]!.id} reached ${this.maxMessages} tweets (maxConversationMessages) while it still links to ${thread.waitsFor} more; it is loaded as it is, and the tweets after it as a new conversation`,
      path: ["tweet_id"],
      field: "tweet_id",
      line: row.line,
      record: row.order,
      input: row.id,
    });
    for (const link of thread.pending) if (!link.resolved) this.ids.delete(link.key);
    thread.pending = [];
    thread.waitsFor = 0;
    this.close(thread);
  }

  /**
   * Copies the strings of rows still waiting in open threads (texts, and author handles long enough to
   * be slices), so they do not keep the whole chunk of input they were sliced from alive. Call after each
   * chunk.
   */
  retain(): void {
    for (let i = 0; i < this.recent.length; i++) {
      if (find(this.recentThreads[i]!).closed) continue;
      const row = this.recent[i]!;
      // Every string field, not just the text: one brand handle such as "RockstarSupport" (13+ characters
      // are sliced, not copied) kept a whole chunk alive per open row: 446 MB of live heap for 3M rows.
      row.text = copyString(row.text);
      row.authorId = copyString(row.authorId);
      row.id = copyString(row.id);
      if (row.parent !== undefined) row.parent = copyString(row.parent);
      row.children = row.children.map(copyString);
    }
    this.recent = [];
    this.recentThreads = [];
  }

  /** Emits every thread still open, reporting the tweets they link to that are not in the input. */
  finish(): void {
    for (const thread of this.openThreads()) {
      for (const ref of thread.pending) {
        if (ref.resolved) continue;
        if (!this.log.keepsIssues) {
          this.log.tally("dangling-reference", "warning");
          continue;
        }
        this.log.warn({
          code: "dangling-reference",
          message: `${ref.field} ${ref.id} of tweet ${ref.row.id} is not in the file; the thread is loaded without it`,
          path: [ref.field],
          field: ref.field,
          line: ref.row.line,
          record: ref.row.order,
          input: ref.id,
        });
      }
      thread.pending = [];
      thread.waitsFor = 0;
      this.close(thread);
    }
  }

  /** The rows of the threads still open, in input order (a worker hands these to the main thread). */
  openRows(): TwcsRow[] {
    return this.openThreads().flatMap((thread) => thread.rows).sort((a, b) => a.order - b.order);
  }

  private openThreads(): Thread[] {
    const threads = new Set<Thread>();
    for (const entry of this.ids.allValues()) if (!entry.isLink) threads.add(find(entry));
    return [...threads].sort((a, b) => firstOrder(a) - firstOrder(b));
  }

  private link(thread: Thread, row: TwcsRow, id: string, field: LinkField): Thread {
    const k = key(id);
    const known = this.ids.get(k);
    if (known) return merge(thread, find(known.isLink ? known.thread : known));
    if ((typeof k !== "number" || k <= this.maxRead) && this.read.has(k)) {
      this.log.warn({
        code: "late-reply",
        message: `${field} ${id} of tweet ${row.id} points to a conversation that was already complete (its tweets did not link back); tweet ${row.id} is loaded without that link`,
        path: [field],
        field,
        line: row.line,
        record: row.order,
        input: id,
      });
      return thread;
    }
    const link: Link = { row, field, id, key: k, thread, resolved: false, isLink: true };
    this.ids.set(k, link);
    thread.pending.push(link);
    thread.waitsFor++;
    return thread;
  }

  private close(thread: Thread): void {
    for (const row of thread.rows) this.ids.delete(key(row.id));
    thread.closed = true;
    const conversation = twcsConversation(thread.rows, this.log);
    const lower = conversation.brand.toLowerCase();
    const spelling = this.brandSpelling.get(lower);
    if (spelling === undefined) this.brandSpelling.set(lower, conversation.brand);
    else conversation.brand = spelling;
    this.ready.push(conversation);
  }
}

function find(thread: Thread): Thread {
  let root = thread;
  while (root.into) root = root.into;
  for (let t = thread; t.into && t.into !== root; ) {
    const next: Thread = t.into;
    t.into = root;
    t = next;
  }
  return root;
}

function merge(a: Thread, b: Thread): Thread {
  if (a === b) return a;
  const [big, small] = a.rows.length >= b.rows.length ? [a, b] : [b, a];
  for (const row of small.rows) big.rows.push(row);
  for (const link of small.pending) if (!link.resolved) big.pending.push(link);
  big.waitsFor += small.waitsFor;
  small.rows = [];
  small.pending = [];
  small.waitsFor = 0;
  small.into = big;
  return big;
}

function firstOrder(thread: Thread): number {
  let min = Infinity;
  for (const row of thread.rows) if (row.order < min) min = row.order;
  return min;
}

/** Forces a private copy of a string sliced from a large buffer (V8 keeps slices' parents alive). */
function copyString(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

/**
 * Builds the conversation of one thread: id = tweet_id of the earliest tweet, brand = the most frequent
 * non-inbound author, customer = the author of the first inbound tweet, messages in time order.
 */
export function twcsConversation(rows: TwcsRow[], log: LoadLog): Conversation {
  const ordered = timeOrder(rows);
  const first = ordered[0]!;
  const conversationId = first.id;
  const customerRow = ordered.find((row) => row.inbound) ?? first;
  const brand = agentAuthor(ordered) ?? mentionedBrand(customerRow);
  if (mayHaveCycles(ordered)) reportCycles(ordered, log);
  const messages: Message[] = new Array(ordered.length);
  for (let i = 0; i < ordered.length; i++) messages[i] = twcsMessage(ordered[i]!, conversationId);
  return {
    id: conversationId,
    channel: "twitter",
    brand,
    customer: { id: customerRow.authorId, handle: customerRow.authorId, attributes: {} },
    messages,
  };
}

/**
 * One tweet's message. Built whole, in one of four literals with the same key order as adding `agentId`
 * and then `inReplyTo` to the first would give: no property added later (each would grow the object's
 * out-of-object property store).
 */
function twcsMessage(row: TwcsRow, conversationId: string): Message {
  const role = row.inbound ? "customer" : "agent";
  const sentAt = row.time === null ? null : new Date(row.time);
  const source = { line: row.line };
  const agentId = row.inbound ? undefined : agentSignature(row.text)?.agentId;
  const { id, authorId, text, parent } = row;
  if (agentId === undefined) {
    if (parent === undefined) return { id, conversationId, role, authorId, sentAt, text, channel: "twitter", visibility: "public", source };
    return { id, conversationId, role, authorId, sentAt, text, channel: "twitter", visibility: "public", source, inReplyTo: parent };
  }
  if (parent === undefined) return { id, conversationId, role, authorId, sentAt, text, channel: "twitter", visibility: "public", source, agentId };
  return { id, conversationId, role, authorId, sentAt, text, channel: "twitter", visibility: "public", source, agentId, inReplyTo: parent };
}

/** Rows by time (ties by tweet id); a row without a time stays after the row before it in the input. */
function timeOrder(rows: TwcsRow[]): TwcsRow[] {
  // Most threads arrive in order: then the sorts below would return them as they are.
  if (inTimeOrder(rows)) return rows;
  // Every row has a time (the usual case): (time, tweet id) is a strict order (ids are unique in a
  // thread), so one sort gives what the two stable sorts below give, without their keyed copies.
  if (rows.every((row) => row.time !== null)) return sortStably([...rows], (a, b) => a.time! - b.time! || compareIds(a.id, b.id));
  const byId = sortStably([...rows], (a, b) => compareIds(a.id, b.id));
  return sortByTime(byId, (row) => row.time);
}

/** True when every row has a time and the rows are in strict (time, tweet id) order: what timeOrder gives. */
function inTimeOrder(rows: TwcsRow[]): boolean {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.time === null) return false;
    if (i === 0) continue;
    const before = rows[i - 1]!;
    if (before.time! > row.time || (before.time === row.time && compareIds(before.id, row.id) >= 0)) return false;
  }
  return true;
}

function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** The most frequent author of the non-inbound rows (the first to reach the top count), or undefined. */
function agentAuthor(rows: TwcsRow[]): string | undefined {
  // Most threads have one brand author: settled without counting.
  let only: string | undefined;
  for (const row of rows) {
    if (row.inbound) continue;
    if (only === undefined) only = row.authorId;
    else if (row.authorId !== only) return mostFrequent(rows.filter((r) => !r.inbound).map((r) => r.authorId));
  }
  return only;
}

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (best === undefined || count > counts.get(best)!) best = value;
  }
  return best;
}

/** For customer-only threads: the first @handle the customer wrote that is not an anonymised number. */
function mentionedBrand(row: TwcsRow): string {
  for (const match of row.text.matchAll(/@(\w{1,15})/g)) if (!/^\d+$/.test(match[1]!)) return match[1]!;
  return "";
}

/**
 * False when no reply link can loop: each row's in_response_to_tweet_id is either not in the thread or a
 * row before it in `rows` (links that all point back cannot close a loop). Threads that are not that
 * simple, or are long (the scan is quadratic), are left to reportCycles.
 */
function mayHaveCycles(rows: TwcsRow[]): boolean {
  if (rows.length > 32) return true;
  for (let i = 0; i < rows.length; i++) {
    const parent = rows[i]!.parent;
    if (parent === undefined) continue;
    let j = i - 1;
    while (j >= 0 && rows[j]!.id !== parent) j--;
    if (j >= 0) continue;
    for (j = i + 1; j < rows.length; j++) if (rows[j]!.id === parent) return true;
  }
  return false;
}

/** Reports reply links that loop (a tweet that is, through its parents, a reply to itself). */
function reportCycles(rows: TwcsRow[], log: LoadLog): void {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const state = new Map<string, 1 | 2>();
  for (const start of rows) {
    const path: TwcsRow[] = [];
    let row: TwcsRow | undefined = start;
    while (row && !state.has(row.id)) {
      state.set(row.id, 1);
      path.push(row);
      row = row.parent === undefined ? undefined : byId.get(row.parent);
    }
    if (row && state.get(row.id) === 1) {
      log.warn({
        code: "reply-cycle",
        message: `Reply links loop: tweet ${row.id} is, through in_response_to_tweet_id, a reply to itself; messages are ordered by time`,
        path: ["in_response_to_tweet_id"],
        field: "in_response_to_tweet_id",
        line: row.line,
        record: row.order,
        input: row.parent ?? "",
      });
    }
    for (const visited of path) state.set(visited.id, 2);
  }
}

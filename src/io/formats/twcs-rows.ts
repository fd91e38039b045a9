import type { LoadLog } from "../load-report.js";
import { clipInput } from "../issues.js";
import { isDigits, isPlainId, normalizeId } from "../ids.js";
import { cleanText, hasReplacementCharacter } from "../text.js";
import { twitterTime } from "../twitter-date.js";

/** One validated TWCS row, ready for threading. */
export interface TwcsRow {
  id: string;
  authorId: string;
  inbound: boolean;
  /** created_at in epoch milliseconds, or null when missing or invalid (reported). */
  time: number | null;
  text: string;
  parent: string | undefined;
  children: string[];
  line: number;
  /** 0-based data-row index, for a stable order. */
  order: number;
}

/** Where each TWCS column is in the header. */
export interface TwcsLayout {
  width: number;
  tweetId: number;
  authorId: number;
  inbound: number;
  createdAt: number;
  text: number;
  responseTweetId: number;
  inResponseTo: number;
}

const REQUIRED = ["tweet_id", "author_id", "inbound", "text"] as const;
const OPTIONAL = ["created_at", "response_tweet_id", "in_response_to_tweet_id"] as const;

/**
 * Reads the TWCS header. Extra columns (such as the leading index columns of some re-exports) are
 * reported as `ignored-column`. Returns the names of the missing required columns when this is not a
 * TWCS header.
 *
 * @example
 * twcsLayout(["tweet_id", "author_id", "inbound", "created_at", "text", "response_tweet_id", "in_response_to_tweet_id"], log);
 * // => { width: 7, tweetId: 0, authorId: 1, inbound: 2, createdAt: 3, text: 4, responseTweetId: 5, inResponseTo: 6 }
 */
export function twcsLayout(header: string[], log: LoadLog): TwcsLayout | { missing: string[] } {
  const names = header.map((name) => name.trim().toLowerCase());
  const find = (name: string) => names.indexOf(name);
  const missing = REQUIRED.filter((name) => find(name) === -1);
  if (missing.length > 0) return { missing };
  const known = new Set<string>([...REQUIRED, ...OPTIONAL]);
  names.forEach((name, i) => {
    if (known.has(name) && find(name) === i) return;
    const label = header[i] === "" ? `column ${i + 1} (no name)` : `column ${i + 1} "${header[i]}"`;
    log.note({
      code: "ignored-column",
      message: `Ignored ${label}: not a TWCS column${known.has(name) ? " (duplicate)" : ""}`,
      path: [header[i] ?? ""],
      field: header[i] ?? "",
      line: 1,
      input: header[i] ?? "",
    });
  });
  return {
    width: header.length,
    tweetId: find("tweet_id"),
    authorId: find("author_id"),
    inbound: find("inbound"),
    createdAt: find("created_at"),
    text: find("text"),
    responseTweetId: find("response_tweet_id"),
    inResponseTo: find("in_response_to_tweet_id"),
  };
}

/**
 * Validates one data row. Returns undefined when the row is rejected (one `error` issue says why);
 * repairs (ids written as "848.0", unknown times, broken reply ids) are kept and reported as warnings.
 * A hot path (once per tweet): no closure or result object per row, and the text of a warning is built
 * only when the log keeps it.
 *
 * @example
 * twcsRow(["2", "AppleSupport", "False", "Tue Oct 31 22:10:47 +0000 2017", "Hi", "", "1.0"], 3, 1, layout, log);
 * // => { id: "2", authorId: "AppleSupport", inbound: false, time: 1509487847000, text: "Hi", parent: "1", children: [], line: 3, order: 1 } (and a repaired-id warning)
 */
export function twcsRow(fields: string[], line: number, order: number, layout: TwcsLayout, log: LoadLog): TwcsRow | undefined {
  const idField = fields[layout.tweetId]!;
  const id = isPlainId(idField) ? idField : repairedId(idField, "tweet_id", line, order, log);
  if (id === "") return reject(log, "missing-value", "tweet_id", "Row rejected: missing tweet_id", fields.join(","), line, order);
  if (!isDigits(id)) return reject(log, "invalid-value", "tweet_id", `Invalid tweet_id: Expected digits but received "${clipInput(idField)}"`, idField, line, order);

  const authorId = fields[layout.authorId]!.trim();
  if (authorId === "") return reject(log, "missing-value", "author_id", `Row rejected: missing author_id for tweet ${id}`, fields.join(","), line, order);

  const inbound = inboundValue(fields[layout.inbound]!);
  if (inbound === undefined) {
    return reject(log, "invalid-value", "inbound", `Invalid inbound: Expected True or False but received "${clipInput(fields[layout.inbound])}"`, fields[layout.inbound]!, line, order);
  }

  let time: number | null = null;
  if (layout.createdAt !== -1) {
    const createdAt = fields[layout.createdAt]!;
    const parsed = twitterTime(createdAt);
    if (!Number.isNaN(parsed)) time = parsed;
    else {
      warn(log, "invalid-date", "created_at", `Invalid created_at: Expected a date like "Tue Oct 31 22:10:47 +0000 2017" but received "${clipInput(createdAt)}"; time left unknown`, createdAt, line, order);
    }
  }

  const text = cleanText(fields[layout.text]!);
  if (hasReplacementCharacter(text)) warn(log, "replacement-character", "text", "Text holds U+FFFD: the export had bytes that are not valid UTF-8 here", text, line, order);

  const parent = layout.inResponseTo === -1 ? undefined : linkId("in_response_to_tweet_id", fields[layout.inResponseTo]!, id, line, order, log);
  // Built at its size: one reply is the usual case (a push would allocate room for 16).
  let children: string[] = [];
  if (layout.responseTweetId !== -1) {
    const value = fields[layout.responseTweetId]!;
    if (value === "") {
      // no replies
    } else if (!value.includes(",")) {
      const child = linkId("response_tweet_id", value, id, line, order, log);
      if (child !== undefined) children = [child];
    } else {
      for (const part of value.split(",")) {
        const child = linkId("response_tweet_id", part, id, line, order, log);
        if (child !== undefined && !children.includes(child)) children.push(child);
      }
    }
  }
  return { id, authorId, inbound, time, text, parent, children, line, order };
}

type LinkField = "in_response_to_tweet_id" | "response_tweet_id";
type WarningCode = "invalid-date" | "repaired-id" | "invalid-value" | "replacement-character";

/** "True"/"False" as the export writes them (checked first), else any case of true/false/1/0; undefined otherwise. */
function inboundValue(field: string): boolean | undefined {
  if (field === "True") return true;
  if (field === "False") return false;
  const value = field.trim().toLowerCase();
  return value === "true" || value === "1" ? true : value === "false" || value === "0" ? false : undefined;
}

/** A reply link's tweet id, or undefined when there is none, it is not an id (reported), or it is the row's own. */
function linkId(field: LinkField, value: string, id: string, line: number, order: number, log: LoadLog): string | undefined {
  const normal = isPlainId(value) ? value : repairedId(value, field, line, order, log);
  if (normal === "") return undefined;
  if (!isDigits(normal)) {
    warn(log, "invalid-value", field, `Invalid ${field}: Expected a tweet id but received "${clipInput(value)}"; link ignored`, value, line, order);
    return undefined;
  }
  return normal === id ? undefined : normal;
}

/**
 * The id normalizeId reads from a field that is not plain, with its `repaired-id` warning when the id is
 * used (it reads as digits; otherwise the caller rejects the row or ignores the link). Its message is
 * built only when the log keeps it: on TWCS files a sixth of the reply links are written as "848.0".
 */
function repairedId(raw: string, field: "tweet_id" | LinkField, line: number, order: number, log: LoadLog): string {
  const { id, repaired } = normalizeId(raw);
  if (!repaired || !isDigits(id)) return id;
  if (log.keepsIssues) warn(log, "repaired-id", field, `Repaired ${field}: "${raw}" read as "${id}"`, raw, line, order);
  else log.tally("repaired-id", "warning");
  return id;
}

function reject(log: LoadLog, code: "missing-value" | "invalid-value", field: string, message: string, input: string, line: number, order: number): undefined {
  log.reject({ code, message, path: field ? [field] : [], field: field || undefined, line, record: order, input: clipInput(input) });
  return undefined;
}

function warn(log: LoadLog, code: WarningCode, field: string, message: string, input: string, line: number, order: number): void {
  log.warn({ code, message, path: [field], field, line, record: order, input: clipInput(input) });
}

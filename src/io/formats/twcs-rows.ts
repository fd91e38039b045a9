import type { LoadLog } from "../load-report.js";
import { clipInput } from "../issues.js";
import { isDigits, normalizeId } from "../ids.js";
import { cleanText, hasReplacementCharacter } from "../text.js";
import { parseTwitterDate } from "../twitter-date.js";

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
 */
export function twcsRow(fields: string[], line: number, order: number, layout: TwcsLayout, log: LoadLog): TwcsRow | undefined {
  const raw = () => fields.join(",");
  const reject = (code: "missing-value" | "invalid-value", field: string, message: string, input: string) => {
    log.reject({ code, message, path: field ? [field] : [], field: field || undefined, line, record: order, input: clipInput(input) });
    return undefined;
  };
  const warn = (code: "invalid-date" | "repaired-id" | "invalid-value" | "replacement-character", field: string, message: string, input: string) => {
    log.warn({ code, message, path: [field], field, line, record: order, input: clipInput(input) });
  };
  const idField = fields[layout.tweetId]!;
  const { id, repaired } = normalizeId(idField);
  if (id === "") return reject("missing-value", "tweet_id", "Row rejected: missing tweet_id", raw());
  if (!isDigits(id)) return reject("invalid-value", "tweet_id", `Invalid tweet_id: Expected digits but received "${clipInput(idField)}"`, idField);
  if (repaired) warn("repaired-id", "tweet_id", `Repaired tweet_id: "${idField}" read as "${id}"`, idField);

  const authorId = fields[layout.authorId]!.trim();
  if (authorId === "") return reject("missing-value", "author_id", `Row rejected: missing author_id for tweet ${id}`, raw());

  const inboundField = fields[layout.inbound]!.trim().toLowerCase();
  const inbound = inboundField === "true" || inboundField === "1" ? true : inboundField === "false" || inboundField === "0" ? false : undefined;
  if (inbound === undefined) {
    return reject("invalid-value", "inbound", `Invalid inbound: Expected True or False but received "${clipInput(fields[layout.inbound])}"`, fields[layout.inbound]!);
  }

  let time: number | null = null;
  if (layout.createdAt !== -1) {
    const createdAt = fields[layout.createdAt]!;
    const date = parseTwitterDate(createdAt);
    if (date) time = date.getTime();
    else {
      warn("invalid-date", "created_at", `Invalid created_at: Expected a date like "Tue Oct 31 22:10:47 +0000 2017" but received "${clipInput(createdAt)}"; time left unknown`, createdAt);
    }
  }

  const text = cleanText(fields[layout.text]!);
  if (hasReplacementCharacter(text)) warn("replacement-character", "text", "Text holds U+FFFD: the export had bytes that are not valid UTF-8 here", text);

  const linkId = (field: "in_response_to_tweet_id" | "response_tweet_id", value: string): string | undefined => {
    const normal = normalizeId(value);
    if (normal.id === "") return undefined;
    if (!isDigits(normal.id)) {
      warn("invalid-value", field, `Invalid ${field}: Expected a tweet id but received "${clipInput(value)}"; link ignored`, value);
      return undefined;
    }
    if (normal.repaired) warn("repaired-id", field, `Repaired ${field}: "${value}" read as "${normal.id}"`, value);
    return normal.id === id ? undefined : normal.id;
  };
  const parent = layout.inResponseTo === -1 ? undefined : linkId("in_response_to_tweet_id", fields[layout.inResponseTo]!);
  const children: string[] = [];
  if (layout.responseTweetId !== -1) {
    const value = fields[layout.responseTweetId]!;
    if (value !== "") {
      for (const part of value.split(",")) {
        const child = linkId("response_tweet_id", part);
        if (child !== undefined && !children.includes(child)) children.push(child);
      }
    }
  }
  return { id, authorId, inbound, time, text, parent, children, line, order };
}

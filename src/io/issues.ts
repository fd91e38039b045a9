/**
 * Problems found while loading an export. Bad input is never silently dropped: every rejected or repaired
 * record becomes one issue that names where it is (line or record index), the field, the reason and the raw
 * value.
 */

/** What happened to the record: `error` it was rejected, `warning` it was kept but repaired or incomplete, `info` nothing was lost. */
export type IssueSeverity = "error" | "warning" | "info";

/** Machine-readable reasons. The human-readable text is in `message`. */
export type IssueCode =
  | "invalid-header"
  | "column-count"
  | "joined-lines"
  | "unterminated-quote"
  | "malformed-quote"
  | "missing-value"
  | "invalid-value"
  | "invalid-date"
  | "invalid-json"
  | "invalid-record"
  | "duplicate-id"
  | "repaired-id"
  | "dangling-reference"
  | "late-reply"
  | "reply-cycle"
  | "ignored-column"
  | "invalid-duration"
  | "duration-in-days"
  | "reply-before-last-message"
  | "shared-message"
  | "replacement-character"
  | "record-too-large"
  | "thread-split";

/**
 * One problem in the export.
 *
 * @example
 * {
 *   code: "invalid-date", severity: "warning", line: 12, path: ["created_at"], field: "created_at",
 *   message: 'Invalid created_at: Expected a date like "Tue Oct 31 22:10:47 +0000 2017" but received "yesterday"',
 *   input: "yesterday",
 * }
 */
export interface LoadIssue {
  code: IssueCode;
  severity: IssueSeverity;
  message: string;
  /** zod-style path inside the record, e.g. ["dialogContent", 2, "datetime"]. */
  path: (string | number)[];
  /** The column or key at fault, when there is one. */
  field?: string;
  /** 1-based line in the file, for line-based formats and JSON arrays. */
  line?: number;
  /** 0-based index of the top-level record (CSV data row, JSON array element, NDJSON line). */
  record?: number;
  /** The raw value at fault (cut to 200 characters). */
  input?: string;
}

const MAX_INPUT = 200;

/**
 * Cuts a raw value for an issue so that a 1 MB field does not end up in the report whole.
 *
 * @example
 * clipInput("a".repeat(500)).length; // => 201
 */
export function clipInput(value: unknown): string {
  const text = typeof value === "string" ? value : preview(value);
  return text.length > MAX_INPUT ? `${text.slice(0, MAX_INPUT)}…` : text;
}

/**
 * JSON text of a parsed value, written only as far as the clip needs: a record nested 100,000 levels
 * deep or 100 MB long costs a few hundred characters of work, not a stack overflow (JSON.stringify
 * recurses) or a copy of the whole record.
 */
function preview(value: unknown): string {
  let out = "";
  const write = (item: unknown, depth: number): void => {
    if (out.length > MAX_INPUT) return;
    if (Array.isArray(item)) {
      if (depth > MAX_INPUT) return void (out += "…");
      out += "[";
      for (let i = 0; i < item.length && out.length <= MAX_INPUT; i++) {
        if (i > 0) out += ",";
        write(item[i], depth + 1);
      }
      out += "]";
    } else if (typeof item === "object" && item !== null) {
      if (depth > MAX_INPUT) return void (out += "…");
      out += "{";
      let first = true;
      for (const key of Object.keys(item)) {
        if (out.length > MAX_INPUT) break;
        out += `${first ? "" : ","}${JSON.stringify(key)}:`;
        first = false;
        write((item as Record<string, unknown>)[key], depth + 1);
      }
      out += "}";
    } else {
      const text = typeof item === "string" ? JSON.stringify(item.length > MAX_INPUT ? item.slice(0, MAX_INPUT + 1) : item) : typeof item === "bigint" ? String(item) : JSON.stringify(item) ?? String(item);
      out += text;
    }
  };
  write(value, 0);
  return out;
}

/**
 * Where an issue is, in words: `line 12, created_at` or `record 3 → dialogContent[2].datetime`.
 *
 * @example
 * issueLocation({ line: 12, path: ["created_at"] } as LoadIssue); // => "line 12 → created_at"
 */
export function issueLocation(issue: Pick<LoadIssue, "line" | "record" | "path">): string {
  const at = issue.line !== undefined ? `line ${issue.line}` : issue.record !== undefined ? `record ${issue.record}` : "input";
  const path = issue.path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join("");
  return path ? `${at} → ${path}` : at;
}

/**
 * Pretty-prints issues, one per line, zod style: `✖ message → at line 12 → created_at`.
 *
 * @example
 * formatIssues([{ code: "missing-value", severity: "error", message: "Missing tweet_id", path: ["tweet_id"], line: 3 }]);
 * // => "✖ Missing tweet_id → at line 3 → tweet_id"
 */
export function formatIssues(issues: readonly LoadIssue[], limit = Infinity): string {
  const mark = { error: "✖", warning: "!", info: "i" } as const;
  const lines = issues.slice(0, limit).map((issue) => `${mark[issue.severity]} ${issue.message} → at ${issueLocation(issue)}`);
  if (issues.length > limit) lines.push(`… and ${issues.length - limit} more`);
  return lines.join("\n");
}

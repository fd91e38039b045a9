import type { Conversation } from "../model/conversation.js";
import type { Role } from "../model/message.js";
import type { IssueCode, IssueSeverity, LoadIssue } from "./issues.js";

/**
 * What a load read and what it found: counts, and one issue per rejected or repaired record.
 * Every input item (CSV row, JSON message) ends up in exactly one message or is rejected with an `error`
 * issue that says why: `items === messages + rejected`.
 */
export interface LoadReport {
  format: string;
  /** Top-level records read: CSV data rows, JSON array elements, NDJSON lines. */
  records: number;
  /** Message-level items read (equal to `records` for flat tables). */
  items: number;
  conversations: number;
  messages: number;
  /** Items rejected (each named by an `error` issue; one issue may cover several, e.g. an unreadable header). */
  rejected: number;
  messagesByRole: Record<Role, number>;
  /** Distinct agent ids, as "brand/agentId", sorted. */
  agents: string[];
  /** Distinct brands, sorted. */
  brands: string[];
  firstMessageAt: Date | null;
  lastMessageAt: Date | null;
  /** The issues, in input order, up to `maxIssues`; the counts below are always exact. */
  issues: LoadIssue[];
  issuesByCode: Partial<Record<IssueCode, number>>;
  issuesBySeverity: Record<IssueSeverity, number>;
  /** How many issues were counted but not kept in `issues` (beyond `maxIssues`). */
  issuesOmitted: number;
}

/**
 * Builds a {@link LoadReport} while a loader runs. Internal: loaders call `issue()` and `count()`.
 */
export class LoadLog {
  records = 0;
  items = 0;
  private conversations = 0;
  private messages = 0;
  private readonly byRole: Record<Role, number> = { customer: 0, agent: 0, bot: 0, system: 0 };
  /** Agent ids by brand (joined as "brand/agentId" only for the report: no string built per message). */
  private readonly agents = new Map<string, Set<string>>();
  private readonly brands = new Set<string>();
  private first = Infinity;
  private last = -Infinity;
  private readonly issues: LoadIssue[] = [];
  private readonly byCode: Partial<Record<IssueCode, number>> = {};
  private readonly bySeverity: Record<IssueSeverity, number> = { error: 0, warning: 0, info: 0 };
  private omitted = 0;
  private rejectedItems = 0;

  constructor(
    readonly format: string,
    private readonly maxIssues: number,
    private readonly onIssue?: (issue: LoadIssue) => void,
  ) {}

  /** Records that `count` input items were rejected, for the reason the issue gives. */
  reject(issue: Omit<LoadIssue, "severity">, count = 1): void {
    this.rejectedItems += count;
    this.issue({ ...issue, severity: "error" });
  }

  /** A record was kept but repaired or is incomplete. */
  warn(issue: Omit<LoadIssue, "severity">): void {
    this.issue({ ...issue, severity: "warning" });
  }

  /** Something worth knowing; nothing was lost. */
  note(issue: Omit<LoadIssue, "severity">): void {
    this.issue({ ...issue, severity: "info" });
  }

  /**
   * False when an issue would only be counted: the report keeps no more of them and nobody listens. A
   * reader on a hot path then calls {@link LoadLog.tally} instead of building the issue's message.
   *
   * @example
   * if (log.keepsIssues) log.warn({ code: "repaired-id", message: `Repaired tweet_id: "${raw}"`, path: ["tweet_id"] });
   * else log.tally("repaired-id", "warning");
   */
  get keepsIssues(): boolean {
    return this.issues.length < this.maxIssues || this.onIssue !== undefined;
  }

  /** Counts an issue that is not kept (when `keepsIssues` is false): the counts `warn` / `note` would give. */
  tally(code: IssueCode, severity: "warning" | "info"): void {
    this.byCode[code] = (this.byCode[code] ?? 0) + 1;
    this.bySeverity[severity]++;
    this.omitted++;
  }

  private issue(issue: LoadIssue): void {
    this.byCode[issue.code] = (this.byCode[issue.code] ?? 0) + 1;
    this.bySeverity[issue.severity]++;
    if (this.issues.length < this.maxIssues) this.issues.push(issue);
    else this.omitted++;
    this.onIssue?.(issue);
  }

  count(conversation: Conversation): void {
    this.conversations++;
    if (conversation.brand) this.brands.add(conversation.brand);
    let agents: Set<string> | undefined;
    for (const message of conversation.messages) {
      this.messages++;
      this.byRole[message.role]++;
      if (message.agentId !== undefined) {
        agents ??= this.agents.get(conversation.brand) ?? this.agents.set(conversation.brand, new Set()).get(conversation.brand)!;
        agents.add(message.agentId);
      }
      const time = message.sentAt?.getTime();
      if (time !== undefined) {
        if (time < this.first) this.first = time;
        if (time > this.last) this.last = time;
      }
    }
  }

  /** Items rejected so far. */
  get rejected(): number {
    return this.rejectedItems;
  }

  /** Messages counted so far. */
  get messageCount(): number {
    return this.messages;
  }

  report(): LoadReport {
    return {
      format: this.format,
      records: this.records,
      items: this.items,
      conversations: this.conversations,
      messages: this.messages,
      rejected: this.rejectedItems,
      messagesByRole: { ...this.byRole },
      agents: [...new Set([...this.agents].flatMap(([brand, ids]) => [...ids].map((id) => `${brand}/${id}`)))].sort(),
      brands: [...this.brands].sort(),
      firstMessageAt: Number.isFinite(this.first) ? new Date(this.first) : null,
      lastMessageAt: Number.isFinite(this.last) ? new Date(this.last) : null,
      issues: [...this.issues],
      issuesByCode: { ...this.byCode },
      issuesBySeverity: { ...this.bySeverity },
      issuesOmitted: this.omitted,
    };
  }
}

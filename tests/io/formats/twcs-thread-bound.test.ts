import { describe, expect, it } from "vitest";
import { parseExport } from "../../../src/io/read-export.js";

/** A chain of tweets, each answering the one before: one thread over the whole file. */
function chain(size: number): string {
  const rows = ["tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id"];
  for (let id = 1; id <= size; id++) {
    const minute = String(id % 60).padStart(2, "0");
    rows.push(`${id},${id % 2 ? "115712" : "AcmeHelp"},${id % 2 ? "True" : "False"},Tue Oct 31 10:${minute}:00 +0000 2017,tweet ${id},${id < size ? id + 1 : ""},${id > 1 ? id - 1 : ""}`);
  }
  return `${rows.join("\n")}\n`;
}

describe("twcs: one enormous thread (resource bound)", () => {
  // Found by scripts/resource-bounds.mjs: a 3-million-tweet thread was held whole while it streamed
  // (3.5 GB); now a thread is emitted once it reaches maxConversationMessages (default 100,000).
  it("emits a thread that reaches maxConversationMessages and goes on with a new conversation, every tweet kept", async () => {
    const { conversations, report } = await parseExport(chain(25), { format: "twcs", maxConversationMessages: 10 });
    expect(conversations.map((c) => c.messages.length)).toEqual([10, 10, 5]);
    expect(conversations.map((c) => c.id)).toEqual(["1", "11", "21"]);
    expect(report.items).toBe(25);
    expect(report.messages).toBe(25);
    expect(report.issuesByCode).toEqual({ "thread-split": 2, "late-reply": 2 });
    expect(report.issues[0]).toMatchObject({ code: "thread-split", severity: "warning", line: 11, field: "tweet_id" });
  });

  it("keeps a thread under the bound whole, and refuses a bound that is not a whole number", async () => {
    const { conversations } = await parseExport(chain(25), { format: "twcs" });
    expect(conversations.map((c) => c.messages.length)).toEqual([25]);
    await expect(parseExport(chain(3), { format: "twcs", maxConversationMessages: 0 })).rejects.toThrow(/carelens: maxConversationMessages must be a whole number >= 1, got 0/);
  });
});

describe("TWCS links to tweets already emitted or never read", () => {
  const HEADER = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id";
  const at = "Tue Oct 31 22:10:47 +0000 2017";
  it("reports a late reply to a smaller id, a dangling link to a larger one, and the same for string ids", async () => {
    const rows = [
      `5,100,True,${at},hi,,`, // complete at once: emitted
      `7,Acme,False,${at},hello,,5`, // late reply to 5 (5 < the largest id read)
      `8,100,True,${at},more,9000000,`, // 9000000 is never read (larger than any id read): dangling
      `0012,100,True,${at},zero,,`, // a string id
      `13,Acme,False,${at},hey,,0012`, // late reply to a string id
    ];
    const { conversations, report } = await parseExport(`${HEADER}\n${rows.join("\n")}\n`, { format: "twcs" });
    expect(conversations.map((c) => c.id)).toEqual(["5", "7", "0012", "13", "8"]);
    expect(report.issues.map((issue) => [issue.code, issue.input])).toEqual([
      ["late-reply", "5"],
      ["late-reply", "0012"],
      ["dangling-reference", "9000000"],
    ]);
  });
});

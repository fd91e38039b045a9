import { describe, expect, it } from "vitest";
import { parseExport } from "../../../src/io/read-export.js";
import { checkLoad } from "../../support/fuzz.js";

/** Inputs far larger or deeper than real ones: nothing may crash, overflow the stack or drop a row. */
describe("huge and deep inputs", () => {
  const megabyte = "é".repeat(1 << 19) + "x".repeat(1 << 19);

  it("a 1 MB tweet text is loaded whole, in every chunking", async () => {
    const csv = `tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n1,115712,True,Tue Oct 31 22:10:47 +0000 2017,"${megabyte}",,\n`;
    await checkLoad(() => csv, { format: "twcs" });
    const { conversations } = await parseExport(csv.match(/[^]{1,65536}/g)!, { format: "twcs" });
    expect(conversations[0]!.messages[0]!.text).toBe(megabyte);
  });

  it("a 1 MB message in every JSON format", async () => {
    const mapping = { conversationId: "c", role: "r", text: "t" };
    const record = JSON.stringify({ c: "1", r: "customer", t: megabyte });
    for (const [format, text] of [["json", `[${record}]`], ["ndjson", record]] as const) {
      const { conversations } = await parseExport(text, { format, mapping });
      expect(conversations[0]!.messages[0]!.text).toBe(megabyte);
    }
    const abcd = JSON.stringify([{ convo_id: 1, original: [["customer", megabyte]] }]);
    expect((await parseExport(abcd, { format: "abcd" })).conversations[0]!.messages[0]!.text).toBe(megabyte);
  });

  // Regression (fuzzing): the issue for a rejected record quoted it with JSON.stringify, which recursed
  // through 100,000 levels of nesting and overflowed the stack.
  it("a record nested 100,000 levels deep is rejected with a short quote, not a stack overflow", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    for (const format of ["ibm-cdp", "abcd", "zendesk"] as const) {
      const text = `[{"dialogHeader":{},"convo_id":${deep},"id":${deep}}]`;
      const { report } = await checkLoad(() => text, { format }).then(() => parseExport(text, { format }));
      expect(report.rejected).toBe(1);
      expect(report.issues[0]!.input!.length).toBeLessThanOrEqual(201);
    }
  });

  it("a conversation of 200,000 turns is read (no argument-spreading over its turns)", async () => {
    const turns = Array.from({ length: 200_000 }, (_, i) => ({ client: "bob", datetime: new Date(Date.UTC(2020, 3, 1) + i * 1000).toISOString(), message: `m${i}`, tweet_ID: String(i + 1) }));
    const record = { dialogHeader: { sessionID: "s1", company: "Acme", conversationDateTime: "2020-04-01T00:00:00.000Z", duration: "99:00:00" }, dialogContent: turns, agentURL: { tweet_ID: "0", url_utterance: "@bob done ^MM" } };
    const { conversations, report } = await parseExport(JSON.stringify([record]), { format: "ibm-cdp" });
    expect(report.items).toBe(200_001);
    expect(conversations[0]!.messages.length).toBe(200_001);
  });

  it("an array of 100,000 tiny records streams through", async () => {
    const text = `[${Array.from({ length: 100_000 }, (_, i) => `{"c":"${i % 1000}","r":"agent","t":"x"}`).join(",")}]`;
    const { report } = await parseExport(text, { format: "json", mapping: { conversationId: "c", role: "r", text: "t" } });
    expect(report.messages).toBe(100_000);
    expect(report.conversations).toBe(1000);
  });
});

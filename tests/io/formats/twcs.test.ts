import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Conversation } from "../../../src/model/conversation.js";
import { load } from "../../support/collect.js";
import { dataText } from "../../support/data.js";

type Row = { tweet_id: string; author_id: string; inbound: string; created_at: string; text: string; response_tweet_id: string; in_response_to_tweet_id: string };

/** An independent threading of TWCS rows (csv-parse + union-find), to check the loader against. */
function expectedThreads(rows: Row[]) {
  const ids = new Set(rows.map((r) => r.tweet_id.replace(/\.0$/, "")));
  const parent = new Map<string, string>([...ids].map((id) => [id, id]));
  const root = (id: string): string => (parent.get(id) === id ? id : root(parent.get(id)!));
  const missing = new Set<string>();
  for (const row of rows) {
    const links = [row.in_response_to_tweet_id, ...row.response_tweet_id.split(",")].map((id) => id.trim().replace(/\.0$/, "")).filter(Boolean);
    for (const link of links) {
      if (ids.has(link)) parent.set(root(link), root(row.tweet_id));
      else missing.add(link);
    }
  }
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(root(row.tweet_id), [...(groups.get(root(row.tweet_id)) ?? []), row]);
  return { threads: [...groups.values()], missing };
}

const byId = (conversations: Conversation[]) => new Map(conversations.map((c) => [c.id, c]));

describe("twcs format on ../shared/data/twcs-sample/sample.csv", async () => {
  const text = dataText("twcs-sample/sample.csv");
  const rows = parse(text, { columns: true }) as Row[];
  const { conversations, report } = await load(text, "twcs");
  const expected = expectedThreads(rows);

  it("rebuilds every thread from the reply links", () => {
    expect(conversations.length).toBe(expected.threads.length);
    expect(report.messages).toBe(rows.length);
    expect(report.messagesByRole.customer).toBe(rows.filter((r) => r.inbound === "True").length);
    expect(report.messagesByRole.agent).toBe(rows.filter((r) => r.inbound === "False").length);
  });

  it("names each conversation after its earliest tweet, with the brand and customer of the thread", () => {
    const loaded = byId(conversations);
    for (const thread of expected.threads) {
      const earliest = [...thread].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))[0]!;
      const conversation = loaded.get(earliest.tweet_id);
      expect(conversation, `conversation ${earliest.tweet_id}`).toBeDefined();
      expect(conversation!.messages.map((m) => m.id).sort()).toEqual(thread.map((r) => r.tweet_id).sort());
      const brand = thread.find((r) => r.inbound === "False")?.author_id;
      if (brand) expect(conversation!.brand).toBe(brand);
      const times = conversation!.messages.map((m) => m.sentAt!.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it("takes agent ids from signatures and decodes HTML entities", () => {
    const virgin = byId(conversations).get("119246")!;
    expect(virgin.brand).toBe("VirginTrains");
    // Four replies: three signed (^MM twice, ^HP) and one unsigned ("LiveChat is online at the moment - https://...").
    expect(virgin.messages.filter((m) => m.role === "agent").map((m) => m.agentId ?? null).sort()).toEqual(["HP", "MM", "MM", null]);
    const apple = conversations.flatMap((c) => c.messages).find((m) => m.id === "119248")!;
    expect(apple.text).toContain("Settings > General > About");
  });

  it("reports each reply link to a tweet that is not in the file", () => {
    expect(report.issuesByCode["dangling-reference"]).toBe(expected.missing.size);
    expect(report.rejected).toBe(0);
  });
});

describe("twcs format on ../shared/data/twcs-sample/spotifycares_inbound.csv", async () => {
  const text = dataText("twcs-sample/spotifycares_inbound.csv");
  const { conversations, report } = await load(text, "twcs");
  // Every data row starts a line "index,index,tweet_id,author_id,True|False,": an independent row count.
  const rowStarts = text.split("\n").filter((line) => /^\d+,\d+,\d+,\d+,(True|False),/.test(line));

  it("reads every row, rebuilding those split by unquoted line breaks", () => {
    expect(report.records).toBe(rowStarts.length);
    expect(report.messages).toBe(rowStarts.length);
    expect(report.rejected).toBe(0);
    const lumia = conversations.flatMap((c) => c.messages).find((m) => m.text.includes("Microsoft Lumia 950XL"))!;
    expect(lumia.text).toContain("Microsoft Lumia 950XL\n\nWindows 10 Mobile 10.0.15252.0\n\nSpotify 5.2.4.0");
    expect(report.issuesByCode["joined-lines"]).toBeGreaterThan(0);
  });

  it("reports the two extra index columns and every id written as a float", () => {
    expect(report.issues.filter((i) => i.code === "ignored-column").map((i) => i.field)).toEqual(["", "index"]);
    // A whole field that is digits + ".0" (not "5.2.4.0" inside a text).
    const floatIds = text.match(/(?<=,"?)\d+\.0(?="?(?:,|\r?\n|$))/g)!.length;
    expect(report.issuesByCode["repaired-id"]).toBe(floatIds);
  });

  it("names the brand from the customer's mention when the thread has no brand reply", () => {
    expect(report.brands).toEqual(["SpotifyCares"]);
    expect(report.messagesByRole.agent).toBe(0);
  });
});

/** Generated TWCS threads (consistent links), for properties. */
const threadsArbitrary = fc
  .array(fc.record({ size: fc.integer({ min: 1, max: 5 }), brand: fc.constantFrom("AcmeHelp", "ShopCare"), dangling: fc.boolean() }), { minLength: 1, maxLength: 12 })
  .map((threads) => {
    const rows: string[] = [];
    let id = 1;
    threads.forEach((thread, t) => {
      const ids = Array.from({ length: thread.size }, () => id++);
      ids.forEach((tweet, i) => {
        const inbound = i % 2 === 0;
        const parent = i > 0 ? String(ids[i - 1]) : thread.dangling ? String(900000 + t) : "";
        const child = i + 1 < ids.length ? String(ids[i + 1]) : "";
        const time = new Date(Date.UTC(2017, 9, 1, 0, t, i * 5)).toUTCString();
        const created = `${time.slice(0, 3)} ${time.slice(8, 11)} ${time.slice(5, 7)} ${time.slice(17, 25)} +0000 ${time.slice(12, 16)}`;
        rows.push(`${tweet},${inbound ? 100 + t : thread.brand},${inbound ? "True" : "False"},${created},"tweet ${tweet}, with a comma",${child},${parent}`);
      });
    });
    return rows;
  });

const HEADER = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id";
const canonical = (conversations: Conversation[]) =>
  conversations.map((c) => ({ id: c.id, brand: c.brand, messages: c.messages.map((m) => m.id) })).sort((a, b) => (a.id < b.id ? -1 : 1));

describe("twcs format properties", () => {
  it("gives the same conversations whatever the order of the rows", async () => {
    await fc.assert(
      fc.asyncProperty(threadsArbitrary.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))), async ([rows, shuffled]) => {
        const a = await load([HEADER, ...rows].join("\n"), "twcs");
        const b = await load([HEADER, ...shuffled].join("\n"), "twcs");
        expect(canonical(b.conversations)).toEqual(canonical(a.conversations));
      }),
      { seed: 11, numRuns: 100 },
    );
  });

  it("accounts for every row, and loads the same way twice", async () => {
    await fc.assert(
      fc.asyncProperty(threadsArbitrary, fc.array(fc.string({ maxLength: 40 }), { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 6 }), async (rows, junk, at) => {
        const lines = [...rows];
        junk.forEach((line, i) => lines.splice((at[i] ?? 0) % (lines.length + 1), 0, line));
        const text = [HEADER, ...lines].join("\n");
        const first = await load(text, "twcs");
        const second = await load(text, "twcs");
        expect(first.report.items).toBe(first.report.messages + first.report.rejected);
        expect(second).toEqual(first);
      }),
      { seed: 5, numRuns: 150 },
    );
  });

  it("never throws on random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const { report } = await load(new TextDecoder().decode(bytes), "twcs");
        expect(report.items).toBe(report.messages + report.rejected);
      }),
      { seed: 9, numRuns: 200 },
    );
  });
});

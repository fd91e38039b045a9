import { describe, expect, it } from "vitest";
import { ibmDuration } from "../../../src/io/formats/ibm-cdp-duration.js";
import { load } from "../../support/collect.js";
import { dataText } from "../../support/data.js";

interface Turn { [key: string]: string }
interface Record { dialogHeader: Turn; dialogContent: Turn[]; agentURL: Turn }

/** Seconds of a duration, read independently of the loader: [-][D-]HH:MM:SS[.f]. */
function seconds(duration: string): number {
  const negative = duration.startsWith("-");
  const [days, clock] = duration.replace(/^-/, "").includes("-") ? duration.replace(/^-/, "").split("-") : ["0", duration.replace(/^-/, "")];
  const [h, m, s] = clock!.split(":").map((part) => Number.parseFloat(part || "0"));
  const total = Number(days) * 86400 + h! * 3600 + m! * 60 + s!;
  return negative ? -total : total;
}

describe.each(["dev", "test"])("ibm-cdp format on ../shared/data/ibm-twitter-cdp/%s.json", async (name) => {
  const text = dataText(`ibm-twitter-cdp/${name}.json`);
  const records = JSON.parse(text) as Record[];
  const { conversations, report } = await load(text, "ibm-cdp");

  it("loads one conversation per record, with every turn and the final reply", () => {
    expect(conversations.map((c) => c.id)).toEqual(records.map((r) => r.dialogHeader.sessionID));
    expect(report.messages).toBe(records.reduce((n, r) => n + r.dialogContent.length + 1, 0));
    const clients = records.reduce((n, r) => n + r.dialogContent.filter((t) => Object.keys(t).some((k) => k.startsWith("client"))).length, 0);
    expect(report.messagesByRole.customer).toBe(clients);
    expect(report.messagesByRole.agent).toBe(report.messages - clients);
    expect(report.rejected).toBe(0);
  });

  it("reports every negative or day-form duration", () => {
    const durations = records.map((r) => r.dialogHeader.duration!);
    expect(report.issuesByCode["invalid-duration"] ?? 0).toBe(durations.filter((d) => d.startsWith("-")).length);
    expect(report.issuesByCode["duration-in-days"] ?? 0).toBe(durations.filter((d) => /^\d+-/.test(d)).length);
  });

  it("times the final reply at conversationDateTime + duration, unless that falls before the last turn", () => {
    let before = 0;
    records.forEach((record, i) => {
      const offset = seconds(record.dialogHeader.duration!);
      const time = Date.parse(record.dialogHeader.conversationDateTime!) + offset * 1000;
      const last = Math.max(...record.dialogContent.map((t) => Date.parse(t.datetime!)));
      const final = conversations[i]!.messages.find((m) => m.id === record.agentURL.tweet_ID)!;
      if (offset < 0) expect(final.sentAt).toBeNull();
      else if (time < last) {
        before++;
        expect(final.sentAt).toBeNull();
      } else expect(final.sentAt?.getTime()).toBe(time);
    });
    expect(report.issuesByCode["reply-before-last-message"] ?? 0).toBe(before);
  });

  it("notes each tweet that appears in more than one conversation", () => {
    const seen = new Map<string, Set<string>>();
    for (const record of records) {
      for (const id of [...record.dialogContent.map((t) => t.tweet_ID!), record.agentURL.tweet_ID!]) {
        seen.set(id, (seen.get(id) ?? new Set()).add(record.dialogHeader.sessionID!));
      }
    }
    const extra = [...seen.values()].reduce((n, sessions) => n + sessions.size - 1, 0);
    expect(report.issuesByCode["shared-message"] ?? 0).toBe(extra);
    for (const conversation of conversations) {
      const ids = conversation.messages.map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe("ibm-cdp format details", async () => {
  const { conversations } = await load(dataText("ibm-twitter-cdp/dev.json"), "ibm-cdp");
  const byId = new Map(conversations.map((c) => [c.id, c]));

  it("takes the customer from the handle the final reply addresses", () => {
    // The first "client" turn is @TMobile's own post; the agent answers Hedgehog91x.
    expect(byId.get("6kHxCxC6yB7Dd4DdaAoa")!.customer.handle).toBe("Hedgehog91x");
    expect(byId.get("LgwAXtbbEm0mBvDrGmjk")!.customer.handle).toBe("CinVakas");
  });

  it("keeps the help-article link of the final reply and its agent signature", () => {
    const final = byId.get("Qt4M3sXkR71V9CT9Xr5U")!.messages.at(-1)!;
    expect(final.meta).toMatchObject({ final: true, url: "https://support.rockstargames.com/categories" });
    expect(final.agentId).toBe("SR");
    expect(final.sentAt?.toISOString()).toBe("2020-03-20T21:03:58.000Z");
  });
});

describe("ibmDuration(text)", () => {
  it.each([
    ["01:26:55.0", { kind: "ok", seconds: 5215, days: false }],
    ["6-01:08:11", { kind: "ok", seconds: 522491, days: true }],
    ["-12:14:20.", { kind: "negative", seconds: -44060 }],
    ["00:61:00.0", { kind: "invalid" }],
    ["soon", { kind: "invalid" }],
  ])("reads %j", (text, expected) => expect(ibmDuration(text)).toEqual(expected));
});

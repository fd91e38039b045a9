import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords } from "../../src/metrics/handle-time-model.js";
import { handleTime } from "../../src/metrics/handle-time.js";
import { conversation } from "../support/conversations.js";
import { realConversations } from "../support/real-exports.js";

const at = (minutes: number) => new Date(Date.UTC(2024, 0, 1, 10, minutes)).toISOString();

describe("handleTime(conversations) with the estimate", () => {
  it("reads the customer's new words, writes the reply and adds the overhead", () => {
    const c = conversation("c", [
      ["customer", at(0), "my order 1234 has not arrived https://t.co/x"], // 6 words (the link is not read)
      ["customer", at(1), "@Brand still nothing"], // 2 words
      ["agent", at(5), "@cust Sorry about that, which address did you use? ^AB", { agentId: "AB" }], // 9 words (the signature is typed too)
      ["agent", at(6), "Thanks", { agentId: "AB" }], // 1 word, no new customer words
    ]);
    const model = { readingWordsPerMinute: 240, writingWordsPerMinute: 40, overheadSeconds: 30 };
    const result = handleTime([c], { handleTime: model });
    // Hand computation: reply 1 = 8/240*60 + 9/40*60 + 30 = 2 + 13.5 + 30 = 45.5 s; reply 2 = 0 + 1.5 + 30 = 31.5 s.
    expect(result.replies).toMatchObject({ n: 2, estimated: 2, measured: 0, totalSeconds: 77, meanSeconds: 38.5 });
    expect(result.conversations).toMatchObject({ n: 1, totalSeconds: 77 });
    expect(result.activeSpan).toMatchObject({ n: 1, medianSeconds: 60 });
    expect(result.source).toBe("estimate");
    // R: t.test(c(45.5, 31.5))$conf.int = -50.44343 127.44343 (2 replies: a wide interval)
    expect(result.byAgent[0]).toMatchObject({ agent: "Brand/AB", replies: 2, conversations: 1, totalSeconds: 77 });
    expect(result.byAgent[0]!.perReply.low).toBeCloseTo(-50.44343, 4);
    expect(result.byAgent[0]!.perReply.high).toBeCloseTo(127.44343, 4);
  });

  it("equals a plain loop over the twcs sample under the default model (238 / 40 wpm, 30 s)", async () => {
    const conversations = await realConversations("twcs-sample/sample.csv", "twcs");
    const words = (text: string) => text.split(/\s+/).filter((w) => w !== "" && !w.startsWith("@") && !/^(https?:\/\/|www\.)/i.test(w)).length;
    let total = 0;
    let replies = 0;
    for (const c of conversations) {
      let unread = 0;
      for (const m of c.messages) {
        if (m.role === "customer") unread += words(m.text);
        if (m.role !== "agent") continue;
        total += (unread / 238) * 60 + (words(m.text) / 40) * 60 + 30;
        replies++;
        unread = 0;
      }
    }
    const result = handleTime(conversations);
    expect(result.replies.n).toBe(44); // `carelens inspect` counts 44 agent messages in sample.csv
    expect(replies).toBe(44);
    expect(result.replies.totalSeconds).toBeCloseTo(total, 9);
  });

  it("counts words the way a reader does", () => {
    expect(countWords("@105836 Have you tried from another device? https://t.co/x ^MM")).toBe(7);
    expect(countWords("   ")).toBe(0);
  });

  it("counts what splitting at white space counts, on any text", () => {
    // The definition: split at \s runs, leave out empty tokens, @handles and links.
    const definition = (text: string) => text.split(/\s+/).filter((t) => t !== "" && !t.startsWith("@") && !/^(?:https?:\/\/|www\.)/i.test(t)).length;
    const piece = fc.constantFrom("a", "@", "@bob", " ", "\t", "\n", "\u00a0", "\u2028", "\u3000", "HTTP://", "https://x", "http:/", "WwW.", "www", "é", "ſ", "😀", "K");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        expect(countWords(text)).toBe(definition(text));
      }),
      { numRuns: 3000, seed: 13 },
    );
  });
});

describe("handleTime(conversations) from the export", () => {
  it("uses work seconds when the export has them, and says whether the figures are measured, estimated or mixed", () => {
    const measured = conversation("m", [["customer", at(0)], ["agent", at(3), "ok", { agentId: "AB", workSeconds: 240 }]]);
    const estimated = conversation("e", [["customer", at(0), "hello"], ["agent", at(3), "hi", { agentId: "AB" }]]);
    expect(handleTime([measured])).toMatchObject({ source: "export", replies: { totalSeconds: 240, measured: 1 } });
    expect(handleTime([measured, estimated]).source).toBe("mixed");
  });

  it("leaves bots and system messages out, and returns source none for empty input", () => {
    const c = conversation("b", [["customer", at(0)], ["bot", at(1)], ["system", at(2)]]);
    expect(handleTime([c])).toMatchObject({ source: "none", replies: { n: 0, meanSeconds: undefined }, conversations: { n: 0 } });
    expect(handleTime([]).source).toBe("none");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messageTone } from "../../src/text/tone.js";

describe("messageTone(text)", () => {
  it.each([
    "@Acme my order hasn't arrived, can you check?",
    "@Acme Help! My FaceId hasn't been working since last night.",
    "@Acme I still didn't get my money. What can I do?",
    "@Acme Does this mean I have no bandwidth limit? Thank you.",
  ])("reads a calm problem or request as neutral: %j", (text) => expect(messageTone(text).tone).toBe("neutral"));

  it.each([
    "@Acme third time this week the app crashed!!! 😡",
    "@Acme worst customer service, 2nd time being hacked",
    "@Acme I've been on hold for 3+ hours waiting to speak to a representative",
    "@Acme This is so frustrating",
    "@Acme my chats broken again on my livestreams",
    "HEY @Photoshop STOP CRASHING WHEN I TRY TO ADD TEXT",
    "shoutout to you guys for being the worst email providers. Thanks",
  ])("reads displeasure as negative: %j", (text) => expect(messageTone(text).tone).toBe("negative"));

  it.each(["@Acme that worked, thank you so much!", "@Acme Thank you!", "@Acme you guys are the best"])("reads thanks and praise as positive: %j", (text) =>
    expect(messageTone(text).tone).toBe("positive"),
  );

  it("takes extra cues from the options", () => {
    expect(messageTone("@Acme this is pants", { negative: ["pants"] }).tone).toBe("negative");
  });

  it("returns a tone from its vocabulary for any text, and the same one each time", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const first = messageTone(text);
        expect(["negative", "neutral", "positive"]).toContain(first.tone);
        expect(messageTone(text)).toEqual(first);
      }),
      { seed: 2, numRuns: 300 },
    );
  });
});

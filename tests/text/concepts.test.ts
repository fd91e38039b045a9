import { describe, expect, it } from "vitest";
import { conceptOf } from "../../src/text/concepts.js";
import { sharedContentWords } from "../../src/text/customer-overlap.js";
import { textFeatures } from "../../src/text/text-features.js";
import { stem } from "../../src/text/words.js";

describe("conceptOf(stem)", () => {
  it.each([
    ["connecting", "server"],
    ["microphone", "audio"],
    ["arrived", "delivery"],
    ["reward", "bonus"],
  ])("puts %j and %j in one group", (a, b) => expect(conceptOf(stem(a))).toBe(conceptOf(stem(b))));

  it("leaves words of no group alone, and keeps groups apart", () => {
    expect(conceptOf(stem("playlist"))).toBeUndefined();
    expect(conceptOf(stem("audio"))).not.toBe(conceptOf(stem("server")));
  });
});

describe("sharedContentWords with word groups", () => {
  it("finds a reply naming the customer's problem in other words ", () => {
    const customer = textFeatures("@zoom_us my microphone won't work during calls", "customer");
    const reply = textFeatures("@bob We're sorry to see that you are having audio issues. Try these steps", "agent");
    expect(sharedContentWords(reply, [customer]).map((w) => w.lower)).toEqual(["audio"]);
  });

  it("finds nothing when the reply is about another kind of problem", () => {
    const customer = textFeatures("@Acme my order never arrived", "customer");
    const reply = textFeatures("@bob We're sorry to hear you're having trouble connecting.", "agent");
    expect(sharedContentWords(reply, [customer])).toEqual([]);
  });
});

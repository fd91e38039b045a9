import { describe, expect, it } from "vitest";
import { customerAsked, lastCustomerBefore } from "../../src/text/customer-asked.js";
import { textFeatures } from "../../src/text/text-features.js";

const asked = (text: string) => customerAsked([textFeatures(text, "customer")]);

describe("customerAsked", () => {
  it.each([
    "@Tesco Will I lose all the shopping I've done if I delete the cache/cookies (not using app)?",
    "@southwestair Just curious....will I get the companion pass the exact moment I get enough points? It will I have to wait? Thanks!",
    "how much long till it is refunded",
  ])("is true for %j", (text) => expect(asked(text)).toBe(true));

  it.each(["@Tesco your website's broken.", "I got the wrong size.", "@Acme see https://acme.com/a?b=1 for the error"])("is false for %j", (text) => expect(asked(text)).toBe(false));
});

describe("lastCustomerBefore", () => {
  it("finds the customer's message before a run of agent replies, or -1", () => {
    expect(lastCustomerBefore([{ role: "customer" }, { role: "agent" }, { role: "agent" }], 2)).toBe(0);
    expect(lastCustomerBefore([{ role: "agent" }, { role: "agent" }], 1)).toBe(-1);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportWantedBefore, routeWanted, routeWantedBefore } from "../../src/text/route-wanted.js";

const TEXTS = [
  "how can I report a scam site?",
  "how can I speak to someone about this?",
  "please add lyrics to the desktop app",
  "do you have a customer service dept?",
  "my app crashes on launch",
  "thanks, that worked",
];
const said = (role: string, text: string) => ({ role, text });

describe("routeWantedBefore and reportWantedBefore", () => {
  it("tell a request to report or a suggestion from a request to reach someone", () => {
    const report = [said("customer", "how can I report a scam site?"), said("agent", "here")];
    const contact = [said("customer", "how can I speak to someone?"), said("agent", "here")];
    expect([routeWantedBefore(report, 1), reportWantedBefore(report, 1)]).toEqual([true, true]);
    expect([routeWantedBefore(contact, 1), reportWantedBefore(contact, 1)]).toEqual([true, false]);
    expect(routeWantedBefore(contact, 0)).toBe(false);
  });

  it("read only customer messages before the index, whatever order conversations and indexes are asked in", () => {
    const message = fc.record({ role: fc.constantFrom("customer", "agent"), text: fc.constantFrom(...TEXTS) });
    const conversations = fc.array(fc.array(message, { maxLength: 8 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(conversations, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 30 }), (convs, asks) => {
        for (const [c, i, report] of asks) {
          const messages = convs[c % convs.length]!;
          const index = i % (messages.length + 1);
          const before = messages.slice(0, index).filter((m) => m.role === "customer").map((m) => m.text);
          const expected = report ? before.some((t) => routeWanted([t]) && !/speak to someone|customer service dept/.test(t)) : routeWanted(before);
          expect(report ? reportWantedBefore(messages, index) : routeWantedBefore(messages, index)).toBe(expected);
        }
      }),
    );
  });
});

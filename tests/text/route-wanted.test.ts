import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { patterns } from "../../src/text/phrase-matcher.js";
import { CONTACT, REPORT_OR_SUGGEST, reportWantedBefore, routeWanted, routeWantedBefore } from "../../src/text/route-wanted.js";

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

describe("the literal prefilter of routeWantedBefore and reportWantedBefore", () => {
  // Words of the two lists (so that matches happen), with case, curly apostrophes and the two non-ASCII
  // letters that fold to ASCII ones, between spaces, punctuation, handles and links.
  const words = [...new Set([...CONTACT, ...REPORT_OR_SUGGEST].join(" ").toLowerCase().match(/[a-z']{2,}/g))];
  const token = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...words).chain((w) => fc.constantFrom(w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), w.replace("'", "’"), w.replace("s", "ſ"), w.replace("k", "K"))) },
    { weight: 3, arbitrary: fc.constantFrom(" ", " ", "  ", ". ", "? ", ", ", "\n") },
    { weight: 1, arbitrary: fc.constantFrom("@Acme", "https://x.co/a", "é", "🙂", "i", "we", "you", "the", "a", "it") },
  );
  const text = fc.array(token, { maxLength: 30 }).map((parts) => parts.join(""));
  const report = patterns(REPORT_OR_SUGGEST);
  const contact = patterns(CONTACT);

  it("skips only texts where neither list matches: the answers are the matchers' own", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        const messages = [...texts.map((t) => said("customer", t)), said("agent", "here")];
        const at = messages.length - 1;
        expect(reportWantedBefore(messages, at)).toBe(texts.some((t) => report.first(t) !== undefined));
        const fresh = messages.map((m) => ({ ...m }));
        expect(routeWantedBefore(fresh, at)).toBe(texts.some((t) => report.first(t) !== undefined || contact.first(t) !== undefined));
      }),
      { numRuns: 2000 },
    );
  });
});

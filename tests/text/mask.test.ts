import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GREETING, GREETING_NAME, GREETING_PHRASES, greetingBeforeCapital, maskedText } from "../../src/text/mask.js";
import { textFeatures } from "../../src/text/text-features.js";
import { expand } from "./expand-alternatives.js";

describe("maskedText", () => {
  it("masks names after a greeting and closing a sentence", () => {
    expect(maskedText(textFeatures("@105836 Hi Miriam, DM us your order 5521 https://t.co/x ^MM", "agent"))).toBe("hi <name>, dm us your order <num> <link>");
    expect(maskedText(textFeatures("@x Thank you,  Ana Lee! Glad to help, Bo.", "agent"))).toBe("thank you <name>! glad to help, <name>.");
    expect(maskedText(textFeatures("@x DM us, Please", "agent"))).toBe("dm us, <name>");
  });
});

describe("greetingBeforeCapital(body)", () => {
  it("lists the greetings of the greeting-name pattern", () => {
    expect(new Set(expand(GREETING.replace(/\[\w(\w)\]/g, "$1")))).toEqual(new Set(GREETING_PHRASES));
  });
  it("is true wherever the greeting-name pattern finds a name", () => {
    const piece = fc.constantFrom("Hi", "hi", "Hiya", "Thank you", "thanks", "Ok", "okay", "Glad", "Ana", "DM", "I", "é", "É", "x", " ", "   ", "\u00a0", "\n", ",", ", ", ".", "!", "😀");
    let matched = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const body = parts.join("");
        GREETING_NAME.lastIndex = 0;
        const found = GREETING_NAME.test(body);
        if (found) matched++;
        if (!greetingBeforeCapital(body)) expect(found).toBe(false);
      }),
      { numRuns: 20000, seed: 21 },
    );
    expect(matched).toBeGreaterThan(500);
  });
});

describe("maskedText against the reference", () => {
  /** The last steps of maskedText as they were (a curly-apostrophe search, then the white-space folding). */
  const TRAILING_NAME = /,\s+[A-Z][\p{L}'’-]{1,20}(?=\s*[.!?]|\s*$)/gu;
  function referenceMasked(text: string): string {
    const features = textFeatures(text, "agent");
    const end = features.signature ? features.signature.start : text.length;
    let body = "";
    let at = features.leadEnd;
    const replaced = [
      ...features.links.map((s) => ({ ...s, with: "<link>" })),
      ...features.emails.map((s) => ({ ...s, with: "<email>" })),
      ...features.handles.filter((s) => s.start >= features.leadEnd).map((s) => ({ ...s, with: "@user" })),
    ].sort((a, b) => a.start - b.start);
    for (const span of replaced) {
      if (span.start < at || span.start >= end) continue;
      body += text.slice(at, span.start) + span.with;
      at = span.end;
    }
    body += text.slice(at, Math.max(at, end));
    if (/\s[A-Z]/.test(body)) {
      if (greetingBeforeCapital(body)) body = body.replace(GREETING_NAME, (match, greeting: string) => `${greeting} <name>`);
      body = body.replace(TRAILING_NAME, ", <name>");
    }
    const lower = body.replace(/\d+(?:[.,:/-]\d+)*/g, "<num>").toLowerCase();
    return (lower.includes("’") ? lower.replaceAll("’", "'") : lower).replace(/\s{2,}|[^\S ]/g, " ").trim();
  }
  const piece = fc.constantFrom("@x ", "@ana", "Hi", "thanks", "Ana", "DM", "we’ll", "’", "'", " ", "  ", "\t", "\n", "\u00a0", "\u2028", ",", ", ", ".", "!", "?", "12", "3.5", "https://t.co/x", "a@b.co", "^MM", " -JS", "é", "😀");
  it("gives the same masked text", () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), (parts) => maskedText(textFeatures(parts.join(""), "agent")) === referenceMasked(parts.join(""))), { numRuns: 5000 });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toneBody } from "../../src/text/tone-body.js";

/** The definition: the two regex replacements, one after the other. */
const reference = (text: string) =>
  text.replace(/(?:^|\s)@\w{1,50}/g, (m) => " ".repeat(m.length)).replace(/https?:\/\/\S{1,2000}/g, (m) => " ".repeat(m.length));

describe("toneBody(text)", () => {
  it.each([
    ["@Acme see http://x.co ok", "      see             ok"],
    ["me@home", "me@home"],
    ["plain text", "plain text"],
    ["@a @b\t@c", "        "],
    ["@@x @", "@@x @"],
    ["x https://a/b https:// http:/ httpss://c", "x             https:// http:/ httpss://c"],
    ["@bobhttp://x", "        ://x"],
  ])("blanks handles, then links: %j", (text, body) => {
    expect(toneBody(text)).toBe(body);
    expect(toneBody(text)).toBe(reference(text));
  });

  it("blanks a handle's first 50 word characters and a link's first 2000 after '://'", () => {
    for (const text of [`@${"a".repeat(60)} x`, ` @${"b".repeat(50)}http://${"c".repeat(2100)} http://d`, `http://${"e".repeat(1999)}http://f g`]) {
      expect(toneBody(text)).toBe(reference(text));
    }
  });

  it("is the two regex replacements on any text", () => {
    const piece = fc.constantFrom("@", "a", "Z", "_", "9", " ", "\n", "\u00a0", "\u2003", "é", "http", "https", "://", ":", "/", "s", "!", "😀");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join("")), (text) => {
        expect(toneBody(text)).toBe(reference(text));
      }),
      { seed: 7, numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(toneBody(text)).toBe(reference(text));
      }),
      { seed: 8, numRuns: 500 },
    );
  });
});

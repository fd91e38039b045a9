import fc from "fast-check";
import { readFileSync } from "node:fs";
import { afterAll, describe, it } from "vitest";
import type { ReadOptions } from "../../../src/io/read-export.js";
import { dataText } from "../../support/data.js";
import { checkLoad, cut, expectPrototypeClean, fuzz, reportTally } from "../../support/fuzz.js";
import { encode, mutate, mutation, type Encoding } from "../../support/mutations.js";

/**
 * Real exports, cut to a few records and then damaged at random: bytes inserted, deleted and replaced,
 * the file truncated, line endings mixed, a BOM dropped in the middle, the encoding changed; then read
 * in random chunks. Every format must account for every record, strict mode must throw one error with all
 * issues, and the result must not depend on how the bytes were chunked.
 */

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8");
const twcsHead = dataText("twcs-sample/sample.csv").split("\n").slice(0, 30).join("\n");
const ibmHead = `${dataText("ibm-twitter-cdp/dev.json").slice(0, 6000).replace(/,\s*\{\s*"agentURL"[^]*$/, "")}\n]`;
const abcdHead = dataText("abcd-sample/abcd_sample.json").slice(0, 5000);
const mapping = { conversationId: "ticket", role: "sender", time: "sent", text: "body", agentId: "agent", customerName: "customer_name", attributes: ["plan", "__proto__"] };
const chats = fixture("mapped/chats.csv");
const chatRecords = chats
  .trim()
  .split("\n")
  .slice(1)
  .map((line, i) => JSON.stringify({ ticket: `T${i % 3}`, sender: line.split(",")[1], sent: line.split(",")[2], body: line, agent: "kim", __proto__: { polluted: 1 }, constructor: "x" }).replace('"ticket"', '"__proto__":{"polluted":1},"ticket"'));

export const cases: { name: string; text: string; options: ReadOptions }[] = [
  { name: "twcs", text: twcsHead, options: { format: "twcs" } },
  { name: "ibm-cdp", text: ibmHead, options: { format: "ibm-cdp" } },
  { name: "abcd", text: abcdHead, options: { format: "abcd" } },
  { name: "zendesk", text: fixture("zendesk/tickets.json"), options: { format: "zendesk" } },
  { name: "csv", text: chats, options: { format: "csv", mapping, channel: "chat" } },
  { name: "json", text: `[${chatRecords.join(",\n")}]`, options: { format: "json", mapping } },
  { name: "ndjson", text: chatRecords.join("\r\n"), options: { format: "ndjson", mapping, contiguous: true } },
];

let generated = 0;
afterAll(() => {
  expectPrototypeClean();
  reportTally("mutated-exports", generated);
});

describe("every loader on damaged real exports", () => {
  for (const { name, text, options } of cases) {
    it(`${name}: lenient accounts for every item, strict throws one error with all issues, chunking changes nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutation, { maxLength: 4 }),
          fc.constantFrom<Encoding>("string", "utf-8", "utf-8", "utf-16le", "latin-1", "invalid-utf-8"),
          fc.nat(),
          fc.array(fc.nat(), { maxLength: 6 }),
          async (mutations, encoding, garbage, positions) => {
            generated++;
            const source = encode(mutate(text, mutations), encoding, garbage);
            const whole = await checkLoad(() => source, options);
            const chunked = await checkLoad(() => cut(source, positions), options);
            if (chunked !== whole) throw new Error(`chunking changed the result at ${JSON.stringify(positions)}`);
            expectPrototypeClean();
          },
        ),
        fuzz(60),
      );
    });
  }
});

import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parseExport, type ReadOptions } from "../../../src/io/read-export.js";
import { checkLoad, cut, expectPrototypeClean, fuzz, reportTally, HOSTILE_KEYS, nastyText } from "../../support/fuzz.js";

/**
 * Exports generated field by field, with the faults real exports have: duplicated and missing ids, reply
 * links that loop or point nowhere, times out of order, dates in the wrong format or far in the future,
 * wrong column counts, unbalanced quotes, `__proto__` / `constructor` keys and column names.
 */

const id = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 12 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom("", " 7", "8.0", "0012", "abc", "1234567890123456789", "-1", "__proto__", "constructor") },
);
const twitterDate = fc.oneof(
  { weight: 4, arbitrary: fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }).map(twitterFormat) },
  { weight: 1, arbitrary: fc.constantFrom("", "yesterday", "2017-10-31T22:10:47Z", "Tue Feb 31 22:10:47 +0000 2017", "Tue Oct 31 22:10:47 +9999 9999", "Mon Jan 01 00:00:00 -9999 1970", "Tue Oct 31 99:10:47 +0000 2017", "31/10/2017 22:10") },
);
const isoDate = fc.oneof(
  { weight: 4, arbitrary: fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: fc.constantFrom("", "now", "2020-02-30T00:00:00Z", "9999-12-31T23:59:59.999-23:59", "+275760-09-13T00:00:00Z", "9999999999999", "1700000000", "2020-04-01 17:31", "0000-01-01T00:00:00Z") },
);

function twitterFormat(date: Date): string {
  const [day, month, dom, year, time] = date.toUTCString().replace(",", "").split(" ").filter((_, i) => i !== 5).reduce<string[]>((acc, part, i) => {
    acc[[0, 2, 1, 3, 4][i]!] = part;
    return acc;
  }, []);
  return `${day} ${month} ${dom} ${time} +0000 ${year}`;
}

const twcsRow = fc.record({
  tweetId: id,
  authorId: fc.oneof(fc.constantFrom("AppleSupport", "115712", "sprintcare", "", ...HOSTILE_KEYS), nastyText),
  inbound: fc.constantFrom("True", "False", "true", "0", "1", "", "maybe"),
  createdAt: twitterDate,
  text: fc.oneof({ weight: 40, arbitrary: nastyText }, { weight: 1, arbitrary: fc.constant("x".repeat(1 << 20)) }),
  responses: fc.array(id, { maxLength: 3 }).map((ids) => ids.join(",")),
  parent: fc.oneof(id, fc.constant("")),
  extra: fc.integer({ min: -2, max: 1 }),
  unquoted: fc.boolean(),
});

function csvField(value: string, unquoted: boolean): string {
  return !unquoted && /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const twcsText = fc
  .record({
    header: fc.constantFrom("tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id", ",tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id,__proto__", "tweet_id,author_id,inbound,text", "constructor,prototype,__proto__"),
    rows: fc.array(twcsRow, { maxLength: 14 }),
    eol: fc.constantFrom("\n", "\r\n", "\r"),
  })
  .map(({ header, rows, eol }) => {
    const width = header.split(",").length;
    const lines = rows.map((r) => {
      const fields = [r.tweetId, r.authorId, r.inbound, r.createdAt, r.text, r.responses, r.parent].map((f) => csvField(f, r.unquoted));
      while (fields.length < width) fields.unshift(String(fields.length));
      if (r.extra < 0) fields.splice(r.extra);
      if (r.extra > 0) fields.push("surplus");
      return fields.join(",");
    });
    return [header, ...lines].join(eol);
  });

/** A JSON object written as text from its entries, so hostile keys are written as own keys. */
const object = (entries: [string, string | undefined][]) => `{${entries.filter(([, v]) => v !== undefined).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`;
const str = (arb: fc.Arbitrary<string>) => arb.map((s) => JSON.stringify(s));
const hostile = fc.array(fc.tuple(fc.constantFrom(...HOSTILE_KEYS), fc.constantFrom('{"polluted":1}', '"x"', "null", '{"prototype":{"polluted":1}}')), { maxLength: 2 });
const deep = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
const anyJson = fc.oneof({ weight: 30, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) }, { weight: 1, arbitrary: fc.constantFrom(deep(100_000), `{"a":${deep(20_000)}}`) });
const value = (arb: fc.Arbitrary<string>) => fc.option(fc.oneof({ weight: 8, arbitrary: arb }, { weight: 1, arbitrary: anyJson }), { nil: undefined, freq: 8 });

const ibmRecord = fc
  .record({
    sessionID: value(str(id)),
    company: value(str(fc.constantFrom("AppleSupport", "__proto__", "constructor"))),
    start: value(str(isoDate)),
    duration: value(str(fc.constantFrom("01:26:55.0", "6-01:08:11", "-12:14:20.", "9999-999:59:59", "00:00:00", "junk", "1:2:3"))),
    turns: fc.array(
      fc.record({ role: fc.constantFrom("agent", "client", "client2", "__proto__", "constructor"), who: str(nastyText), id: value(str(id)), message: value(str(nastyText)), datetime: value(str(isoDate)), hostile }),
      { maxLength: 6 },
    ),
    final: fc.option(fc.record({ id: value(str(id)), text: value(str(nastyText)), hostile }), { nil: undefined }),
    hostile,
  })
  .map((r) =>
    object([
      ...r.hostile,
      ["dialogHeader", object([["sessionID", r.sessionID], ["company", r.company], ["conversationDateTime", r.start], ["duration", r.duration]])],
      ["dialogContent", `[${r.turns.map((t) => object([...t.hostile, [t.role, t.who], ["tweet_ID", t.id], ["message", t.message], ["datetime", t.datetime]])).join(",")}]`],
      ["agentURL", r.final && object([...r.final.hostile, ["tweet_ID", r.final.id], ["url_utterance", r.final.text]])],
    ]),
  );

const abcdRecord = fc
  .record({
    id: value(str(id)),
    turns: fc.array(fc.tuple(fc.constantFrom("customer", "agent", "action", "__proto__", "constructor", "toString"), value(str(nastyText))), { maxLength: 6 }),
    name: value(str(nastyText)),
    hostile,
  })
  .map((r) => object([...r.hostile, ["convo_id", r.id], ["original", `[${r.turns.map(([s, t]) => `[${JSON.stringify(s)}${t === undefined ? "" : `,${t}`}]`).join(",")}]`], ["scenario", object([["personal", object([["customer_name", r.name]])]])]]));

const zendeskTicket = fc
  .record({
    id: value(str(id)),
    requester: value(str(id)),
    channel: value(str(fc.constantFrom("email", "chat", "__proto__", "constructor", "toString", "valueOf"))),
    comments: fc.array(fc.record({ id: value(str(id)), author: value(str(id)), body: value(str(nastyText)), createdAt: value(str(isoDate)), isPublic: fc.constantFrom("true", "false", '"no"'), channel: value(str(fc.constantFrom("web", "constructor", "__proto__"))), hostile }), { maxLength: 5 }),
    hostile,
  })
  .map((r) =>
    object([
      ...r.hostile,
      ["id", r.id],
      ["requester_id", r.requester],
      ["via", object([["channel", r.channel]])],
      ["comments", `[${r.comments.map((c) => object([...c.hostile, ["id", c.id], ["author_id", c.author], ["body", c.body], ["created_at", c.createdAt], ["public", c.isPublic], ["via", object([["channel", c.channel]])]])).join(",")}]`],
    ]),
  );

const mapping = { conversationId: "conv", role: "__proto__", time: "constructor", text: "text", messageId: "id", agentId: "prototype", channel: "toString", attributes: ["valueOf", "hasOwnProperty"] };
const mappedRecord = fc
  .record({ conv: value(str(id)), role: value(str(fc.constantFrom("customer", "agent", "Kunde", "bot", "__proto__", "constructor", "toString", "hasOwnProperty", ""))), time: value(str(isoDate)), text: value(str(nastyText)), id: value(str(id)), agent: value(str(nastyText)), channel: value(str(fc.constantFrom("chat", "email", "constructor", "__proto__"))), attr: value(str(nastyText)), hostile })
  .map((r) => object([...r.hostile, ["conv", r.conv], ["__proto__", r.role], ["constructor", r.time], ["text", r.text], ["id", r.id], ["prototype", r.agent], ["toString", r.channel], ["valueOf", r.attr], ["hasOwnProperty", r.attr]]));
const mappedCsv = fc
  .array(fc.tuple(id, fc.constantFrom("customer", "agent", "__proto__", "constructor", "toString"), isoDate, nastyText, id, nastyText, fc.constantFrom("chat", "constructor", "__proto__"), nastyText), { maxLength: 10 })
  .map((rows) => ["conv,__proto__,constructor,text,id,prototype,toString,valueOf,hasOwnProperty", ...rows.map((r) => [...r, r[7]].map((f) => csvField(f, false)).join(","))].join("\n"));

const formats: { name: string; text: fc.Arbitrary<string>; options: ReadOptions }[] = [
  { name: "twcs", text: twcsText, options: { format: "twcs" } },
  { name: "ibm-cdp", text: fc.array(ibmRecord, { maxLength: 4 }).map((r) => `[${r.join(",\n")}]`), options: { format: "ibm-cdp" } },
  { name: "abcd", text: fc.array(abcdRecord, { maxLength: 4 }).map((r) => `[${r.join(",\n")}]`), options: { format: "abcd" } },
  { name: "zendesk (array)", text: fc.array(zendeskTicket, { maxLength: 4 }).map((r) => `[${r.join(",\n")}]`), options: { format: "zendesk" } },
  { name: "zendesk (ndjson)", text: fc.array(zendeskTicket, { maxLength: 4 }).map((r) => r.join("\n")), options: { format: "zendesk" } },
  { name: "json", text: fc.array(mappedRecord, { maxLength: 6 }).map((r) => `[${r.join(",\n")}]`), options: { format: "json", mapping, roleValues: { Kunde: "customer" } } },
  { name: "ndjson", text: fc.array(mappedRecord, { maxLength: 6 }).map((r) => r.join("\n")), options: { format: "ndjson", mapping, contiguous: true } },
  { name: "csv", text: mappedCsv, options: { format: "csv", mapping, roleValues: { __proto__: "customer", constructor: "agent" } as Record<string, "customer"> } },
];

let generated = 0;
afterAll(() => {
  expectPrototypeClean();
  reportTally("structured-exports", generated);
});

describe("every loader on generated exports with real-world faults", () => {
  for (const { name, text, options } of formats) {
    it(`${name}: every item accounted for, one strict error with all issues, deterministic, chunking changes nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 5 }), async (input, positions) => {
          generated++;
          const whole = await checkLoad(() => input, options);
          expect(await checkLoad(() => input, options)).toBe(whole);
          expect(await checkLoad(() => cut(input, positions), options)).toBe(whole);
          // Bytes: lone surrogates become U+FFFD on encoding, so compare bytes with bytes.
          const bytes = new TextEncoder().encode(input);
          expect(await checkLoad(() => cut(bytes, positions), options)).toBe(await checkLoad(() => bytes, options));
          expectPrototypeClean();
        }),
        fuzz(name === "twcs" ? 100 : 50),
      );
    });
  }

  it("random bytes and random text never crash any format", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 300 }), fc.string({ unit: fc.constantFrom("[", "{", "}", "]", '"', ",", ":", "\n", "\\", "a", "1") })), fc.constantFrom(...formats.map((f) => f.options)), async (input, options) => {
        generated++;
        await checkLoad(() => input, options);
      }),
      fuzz(300),
    );
  });

  it("a strict load throws one CarelensLoadError, not a crash, on every damaged format", async () => {
    const error = await parseExport('[{"dialogHeader":{}}]', { format: "ibm-cdp", strict: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "CarelensLoadError", issues: [{ code: "invalid-record", record: 0, line: 1 }] });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonRecords, type JsonRecord } from "../../../src/io/json/json-records.js";

async function records(chunks: string[], lines = false): Promise<JsonRecord[]> {
  async function* source() {
    yield* chunks;
  }
  const out: JsonRecord[] = [];
  for await (const record of jsonRecords(source(), { lines })) out.push(record);
  return out;
}

describe("jsonRecords(chunks)", () => {
  it("yields each element of a top-level array with its index and line", async () => {
    const out = await records(['[\n {"a": "x,]"},\n', ' [1, [2]],\n "s"\n]']);
    expect(out).toEqual([
      { ok: true, value: { a: "x,]" }, index: 0, line: 2 },
      { ok: true, value: [1, [2]], index: 1, line: 3 },
      { ok: true, value: "s", index: 2, line: 4 },
    ]);
  });

  it("reports a broken element on its own and goes on", async () => {
    const out = await records(['[{"a":1}, {"a":}, {"a":3}]']);
    expect(out.map((r) => r.ok)).toEqual([true, false, true]);
    expect(out[1]).toMatchObject({ ok: false, index: 1, raw: '{"a":}' });
  });

  it("reads a file cut short: whole records are kept, the cut one is reported", async () => {
    const out = await records(['[{"a":1}, {"a":2}, {"a":']);
    expect(out.map((r) => r.ok)).toEqual([true, true, false]);
    expect(out[2]).toMatchObject({ ok: false, index: 2 });
  });

  it("reads NDJSON line by line, skipping blank lines", async () => {
    const out = await records(['{"a":1}\n\n{"a":', "2}\nnot json\n"], true);
    expect(out.map((r) => (r.ok ? r.value : r.line))).toEqual([{ a: 1 }, { a: 2 }, 4]);
  });

  it("reads a top-level object as one record", async () => {
    expect(await records(['{"tickets": [1, 2]}'])).toEqual([{ ok: true, value: { tickets: [1, 2] }, index: 0, line: 1 }]);
  });

  // Regression (fuzzing): the text after the closing "]" was cut at the end of the chunk it started in.
  it("reports text after the closing ] with the same raw text however it is chunked", async () => {
    const text = '[{"a":1}] trailing {"b":2}';
    for (let at = 0; at <= text.length; at++) {
      const found = await records([text.slice(0, at), text.slice(at)]);
      expect(found.at(-1)).toEqual({ ok: false, error: "unexpected text after the closing ]", raw: 'trailing {"b":2}', index: 1, line: 1 });
    }
  });

  it("splits any array of JSON values like JSON.parse, however it is chunked", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 5 }), async (values, cuts) => {
        const text = JSON.stringify(values, null, 1);
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i, all) => text.slice(p, all[i + 1] ?? text.length));
        const out = await records(chunks);
        expect(out.map((r) => (r.ok ? r.value : "broken"))).toEqual(JSON.parse(text));
      }),
      { seed: 3, numRuns: 200 },
    );
  });
});

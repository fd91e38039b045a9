import { describe, expect, it } from "vitest";
import { streamExport } from "../../src/io/read-export.js";
import { readTwcsPart } from "../../src/io/formats/twcs-partition.js";
import { dataText } from "../support/data.js";

/** The text in chunks of about `size` characters, as a file would arrive. */
function chunked(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

describe("ExportStream.batches()", () => {
  it.each([
    ["twcs-sample/sample.csv", "twcs"],
    ["twcs-sample/spotifycares_inbound.csv", "twcs"],
    ["ibm-twitter-cdp/test.json", "ibm-cdp"],
  ] as const)("gives %s's conversations in the order and with the report of one-by-one iteration", async (file, format) => {
    const text = dataText(file);
    const one = streamExport(chunked(text, 5000), { format });
    const each = [];
    for await (const conversation of one) each.push(conversation);
    const batched = streamExport(chunked(text, 5000), { format });
    const batches = [];
    for await (const batch of batched.batches()) batches.push(batch);
    expect(batches.every((batch) => batch.length > 0)).toBe(true);
    expect(JSON.stringify(batches.flat())).toBe(JSON.stringify(each));
    expect(batched.report).toEqual(one.report);
  });

  it("is read once: batches() after iterating throws", async () => {
    const stream = streamExport("tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n", { format: "twcs" });
    for await (const _ of stream) void _;
    await expect(stream.batches().next()).rejects.toThrow(/read only once/);
  });
});

describe("TwcsPart.batches()", () => {
  it("gives a part's conversations, report and open rows as iterating it does", async () => {
    const [header, ...lines] = dataText("twcs-sample/sample.csv").split("\n");
    const body = lines.slice(0, Math.floor(lines.length / 2)).join("\n");
    const options = { header: header!, firstLine: 2 };
    const one = readTwcsPart(chunked(body, 3000), options);
    const each = [];
    for await (const conversation of one) each.push(conversation);
    const batched = readTwcsPart(chunked(body, 3000), options);
    const flat = [];
    for await (const batch of batched.batches()) flat.push(...batch);
    expect(JSON.stringify(flat)).toBe(JSON.stringify(each));
    expect(batched.report).toEqual(one.report);
    expect(batched.openRows()).toEqual(one.openRows());
  });
});

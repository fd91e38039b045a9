import { describe, expect, it } from "vitest";
import { CarelensError, CarelensLoadError } from "../../src/errors.js";
import { parseExport, streamExport } from "../../src/io/read-export.js";

const HEADER = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id";
const ROWS = ["1,101,True,Tue Oct 31 22:10:47 +0000 2017,@Acme help 😀,2,", "2,Acme,False,Tue Oct 31 22:15:00 +0000 2017,@101 On it! ^AB,,1"];

describe("parseExport(source, options)", () => {
  it("reads UTF-8 bytes with a BOM, CRLF line ends and an emoji split across chunks", async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${HEADER}\r\n${ROWS.join("\r\n")}\r\n`);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.slice(i * 7, i * 7 + 7));
    const { conversations, report } = await parseExport(chunks, { format: "twcs" });
    expect(report.issues).toEqual([]);
    expect(conversations[0]!.messages.map((m) => m.text)).toEqual(["@Acme help 😀", "@101 On it! ^AB"]);
  });

  it("reads UTF-16 text by its byte-order mark", async () => {
    const text = `${HEADER}\n${ROWS.join("\n")}\n`;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    const { report } = await parseExport(bytes, { format: "twcs" });
    expect(report.messages).toBe(2);
  });

  it("reads a web ReadableStream", async () => {
    const stream = new ReadableStream<string>({
      start(controller) {
        controller.enqueue(`${HEADER}\n${ROWS[0]}\n`);
        controller.enqueue(`${ROWS[1]}\n`);
        controller.close();
      },
    });
    expect((await parseExport(stream, { format: "twcs" })).report.conversations).toBe(1);
  });

  it("in strict mode throws one CarelensLoadError carrying every issue", async () => {
    const text = `${HEADER}\n1,101,True,yesterday,hi,,\n2,101,maybe,Tue Oct 31 22:10:47 +0000 2017,hi,,\n`;
    const error = await parseExport(text, { format: "twcs", strict: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CarelensLoadError);
    expect((error as CarelensLoadError).issues.map((i) => i.code)).toEqual(["invalid-date", "invalid-value"]);
    expect((error as Error).message).toMatch(/^carelens: 2 problems in the export\n! Invalid created_at/);
  });

  it("refuses an unknown format, naming the known ones", () => {
    expect(() => streamExport("", { format: "tcws" as never })).toThrow(new CarelensError('unknown format "tcws": expected one of twcs, ibm-cdp, abcd, zendesk, csv, json, ndjson'));
  });

  it("lets a stream be read only once", async () => {
    const stream = streamExport(`${HEADER}\n${ROWS[0]}\n`, { format: "twcs" });
    for await (const _ of stream) void _;
    await expect(async () => {
      for await (const _ of stream) void _;
    }).rejects.toThrow(/read only once/);
  });
});

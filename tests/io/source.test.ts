import { describe, expect, it } from "vitest";
import { textChunks } from "../../src/io/source.js";

async function text(chunks: Uint8Array[]): Promise<string> {
  let out = "";
  for await (const chunk of textChunks(chunks)) out += chunk;
  return out;
}

function utf16le(value: string): Uint8Array {
  const bytes = new Uint8Array(2 + value.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < value.length; i++) bytes.set([value.charCodeAt(i) & 0xff, value.charCodeAt(i) >> 8], 2 + 2 * i);
  return bytes;
}

describe("textChunks(source)", () => {
  // Regression (fuzzing): the encoding was guessed from the first chunk alone, so a UTF-16 file whose
  // first chunk was empty or one byte long was read as UTF-8.
  it("reads UTF-16 by its byte-order mark even when the mark is split across chunks", async () => {
    const bytes = utf16le("tweet_id,text\n1,héllo 😡\n");
    for (const at of [0, 1, 2, 3]) expect(await text([bytes.slice(0, at), bytes.slice(at)])).toBe("tweet_id,text\n1,héllo 😡\n");
    expect(await text([bytes.slice(0, 1), bytes.slice(1, 2), bytes.slice(2)])).toBe("tweet_id,text\n1,héllo 😡\n");
  });

  it("keeps a one-byte input and drops a UTF-8 byte-order mark however it is chunked", async () => {
    expect(await text([new Uint8Array([0x61])])).toBe("a");
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x62]);
    for (const at of [0, 1, 2, 3, 4]) expect(await text([bom.slice(0, at), bom.slice(at)])).toBe("ab");
  });
});

/**
 * Turns any export source into decoded text chunks: a string, bytes, a web ReadableStream, or an
 * (async) iterable of string or byte chunks. Handles the UTF-8 byte-order mark, UTF-16 (by its BOM) and
 * UTF-8 sequences split across chunks. Works in Node, Deno and browsers (no `node:` imports).
 */

/** Anything carelens can read an export from (file paths are handled by `carelens/node`). */
export type ExportSource =
  | string
  | Uint8Array
  | ArrayBuffer
  | ReadableStream<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>;

/**
 * Reads a source as text chunks, without the byte-order mark.
 *
 * @example
 * for await (const chunk of textChunks(new TextEncoder().encode("\uFEFFa,b\n"))) console.log(chunk); // => "a,b\n"
 */
export async function* textChunks(source: ExportSource): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  // Bytes held until there are two of them: a UTF-16 byte-order mark may be split across chunks.
  let held: Uint8Array | undefined;
  let first = true;
  const start = (bytes: Uint8Array) => {
    decoder = new TextDecoder(detectEncoding(bytes), { ignoreBOM: false });
    held = undefined;
    return decoder.decode(bytes, { stream: true });
  };
  for await (const chunk of rawChunks(source)) {
    let text: string;
    if (typeof chunk === "string") {
      text = held ? start(held) + chunk : chunk;
    } else if (decoder) {
      text = decoder.decode(chunk, { stream: true });
    } else {
      const bytes = held ? concat(held, chunk) : chunk;
      if (bytes.length < 2) {
        held = bytes;
        continue;
      }
      text = start(bytes);
    }
    if (first) {
      if (text.length === 0) continue;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text.length > 0) yield text;
  }
  let rest = held ? start(held) : "";
  if (decoder) rest += (decoder as TextDecoder).decode();
  if (first && rest.charCodeAt(0) === 0xfeff) rest = rest.slice(1);
  if (rest.length > 0) yield rest;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function detectEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

async function* rawChunks(source: ExportSource): AsyncGenerator<Uint8Array | string> {
  if (typeof source === "string") {
    // Big strings are handed out in slices, so that downstream work interleaves like a real stream.
    const size = 1 << 20;
    for (let i = 0; i < source.length; i += size) yield source.slice(i, i + size);
    return;
  }
  if (source instanceof Uint8Array) return yield source;
  if (source instanceof ArrayBuffer) return yield new Uint8Array(source);
  if (isReadableStream(source)) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  yield* source as AsyncIterable<Uint8Array | string>;
}

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array | string> {
  return typeof (value as ReadableStream | undefined)?.getReader === "function";
}

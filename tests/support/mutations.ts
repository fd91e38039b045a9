import fc from "fast-check";

/** Ways a file gets damaged on its way to carelens, for fuzzing. */
export type Mutation =
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "truncate"; at: number }
  | { kind: "crlf"; at: number }
  | { kind: "duplicate"; at: number; length: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.constantFrom('"', "'", ",", "\n", "\r", "\r\n", "\uFEFF", "{", "}", "[", "]", ":", "\\", '"__proto__":{"polluted":1},', '{"constructor":{"prototype":{"polluted":1}}}', "\uFFFD", "\uD83D", "=cmd|'/C calc'!A0", "9999-12-31T23:59:59Z", "-99:00:00") }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("crlf" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
);

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = m.at % (out.length + 1);
    if (m.kind === "insert") out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === "delete") out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === "truncate") out = out.slice(0, at);
    else if (m.kind === "crlf") out = out.slice(0, at) + out.slice(at).replace(/\n/, "\r\n");
    else out = out.slice(0, at) + out.slice(at, at + m.length) + out.slice(at);
  }
  return out;
}

export type Encoding = "string" | "utf-8" | "utf-16le" | "latin-1" | "invalid-utf-8";
export function encode(text: string, encoding: Encoding, garbage: number): string | Uint8Array {
  if (encoding === "string") return text;
  if (encoding === "utf-16le") {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    return bytes;
  }
  if (encoding === "latin-1") return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  const bytes = new TextEncoder().encode(text);
  if (encoding === "utf-8") return bytes;
  // Invalid UTF-8: a lone continuation byte, an overlong sequence and a cut 4-byte sequence.
  const at = garbage % (bytes.length + 1);
  return Uint8Array.from([...bytes.slice(0, at), 0x80, 0xc0, 0xaf, 0xf0, 0x9f, 0x98, ...bytes.slice(at)]);
}


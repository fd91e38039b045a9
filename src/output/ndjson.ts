/**
 * Newline-delimited JSON: one JSON value per line. Dates become ISO strings.
 *
 * @example
 * toNdjson([{ a: 1 }, { a: 2 }]); // => '{"a":1}\n{"a":2}\n'
 */
export function toNdjson(records: Iterable<unknown>): string {
  let out = "";
  for (const record of records) out += `${JSON.stringify(record)}\n`;
  return out;
}

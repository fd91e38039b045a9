import { describe, expect, it } from "vitest";
import { ShortRowJoiner } from "../../../src/io/csv/short-row-joiner.js";

function join(width: number, records: [string[], number][]) {
  const rows: { fields: string[]; line: number; joined?: [number, number] }[] = [];
  const rejected: number[] = [];
  const joiner = new ShortRowJoiner(width, {
    row: (fields, line, joined) => rows.push(joined ? { fields, line, joined } : { fields, line }),
    reject: (record) => rejected.push(record.line),
  });
  for (const [fields, line] of records) joiner.add(fields, line, () => fields.join(","));
  joiner.end();
  return { rows, rejected };
}

describe("ShortRowJoiner", () => {
  it("joins a row that raw line breaks split into several short records", () => {
    const { rows, rejected } = join(4, [
      [["1", "a", "text begins"], 2],
      [["still text"], 4],
      [["ends", "x"], 5],
    ]);
    expect(rows).toEqual([{ fields: ["1", "a", "text begins\n\nstill text\nends", "x"], line: 2, joined: [2, 5] }]);
    expect(rejected).toEqual([]);
  });

  it("passes complete rows through and rejects fragments that cannot be completed", () => {
    const { rows, rejected } = join(3, [
      [["1", "a"], 1],
      [["2", "b", "c"], 2],
      [["3", "d", "e", "f"], 3],
    ]);
    expect(rows).toEqual([{ fields: ["2", "b", "c"], line: 2 }]);
    expect(rejected).toEqual([1, 3]);
  });
});

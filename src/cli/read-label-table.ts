import { readFile } from "node:fs/promises";
import { CarelensError } from "../errors.js";
import { CsvTokenizer } from "../io/csv/csv-tokenizer.js";

/** A CSV of labels: one row per item, a key column and one column per rubric or label name. */
export interface LabelTable {
  file: string;
  /** Label columns, in file order (the key column left out). */
  columns: string[];
  /** Each key's labels, in `columns` order. */
  rows: Map<string, string[]>;
  /** Rows that could not be read, in words: wrong number of fields, broken quotes, repeated or empty keys. */
  problems: string[];
}

/**
 * Reads a label CSV with the streaming tokenizer: checks that the header has the key column and no
 * repeated names; a row with a different number of fields than the header, an empty key or a repeated key
 * is skipped and reported (the first row with a key wins).
 *
 * @throws CarelensError when the file cannot be read, is empty, or has no key column.
 */
export async function readLabelTable(file: string, key: string): Promise<LabelTable> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CarelensError(`cannot read "${file}": ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (error as Error).message}`);
  }
  let header: string[] | undefined;
  const rows = new Map<string, string[]>();
  const problems: string[] = [];
  let keyIndex = -1;
  const tokenizer = new CsvTokenizer({
    onRecord: (fields, line) => {
      if (!header) {
        header = fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, "") : f).trim());
        keyIndex = header.indexOf(key);
        return;
      }
      if (keyIndex === -1) return; // reported below, once the whole file is read
      if (fields.length !== header.length) return void problems.push(`${file} line ${line}: ${fields.length} field${fields.length === 1 ? "" : "s"}, the header has ${header.length}; row skipped`);
      const id = fields[keyIndex]!.trim();
      if (id === "") return void problems.push(`${file} line ${line}: empty ${key}; row skipped`);
      if (rows.has(id)) return void problems.push(`${file} line ${line}: ${key} "${id}" repeats an earlier row; row skipped`);
      rows.set(id, fields.filter((_, i) => i !== keyIndex).map((f) => f.trim()));
    },
    onProblem: (problem) => problems.push(`${file} line ${problem.line}: ${problem.code.replace(/-/g, " ")}; ${problem.code === "malformed-quote" ? "read as is" : "row skipped"}`),
  });
  tokenizer.push(text);
  tokenizer.end();
  if (!header) throw new CarelensError(`"${file}" is empty: expected a header with a "${key}" column`);
  if (keyIndex === -1) throw new CarelensError(`"${file}" has no "${key}" column (columns: ${header.join(", ")}); name the key column with --key`);
  const repeated = header.find((name, i) => header!.indexOf(name) !== i);
  if (repeated !== undefined) throw new CarelensError(`"${file}" has the column "${repeated}" twice`);
  return { file, columns: header.filter((_, i) => i !== keyIndex), rows, problems };
}

import { parseExport, type ReadOptions } from "../../src/io/read-export.js";

/** Loads text in the given format. */
export function load(text: string, options: ReadOptions | ReadOptions["format"]) {
  return parseExport(text, typeof options === "string" ? { format: options } : options);
}

import { readFile } from "node:fs/promises";
import { CarelensError } from "../errors.js";

/**
 * Reads a JSON file a flag names; a missing file or broken JSON is an input error naming what it was for.
 *
 * @example
 * const config = await readJson<Record<string, unknown>>(flags.config, "rubric configuration");
 */
export async function readJson<T>(path: string, what: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CarelensError(`cannot read ${what} "${path}": ${code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new CarelensError(`${what} "${path}" is not JSON: ${(error as Error).message}`);
  }
}

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Absolute path of a file in ../shared/data (the real exports; never copied into the project). */
export function dataPath(relative: string): string {
  return fileURLToPath(new URL(`../../../shared/data/${relative}`, import.meta.url));
}

/** The text of a file in ../shared/data. */
export function dataText(relative: string): string {
  return readFileSync(dataPath(relative), "utf8");
}

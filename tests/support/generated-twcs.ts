import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** A TWCS-shaped file made by bench/generate-twcs.mjs (deterministic for a seed), generated once per machine. */
export function generatedTwcs(rows: number, seed = 42): string {
  const dir = join(tmpdir(), "carelens-tests");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `twcs-${rows}-${seed}.csv`);
  if (!existsSync(file)) {
    const generator = fileURLToPath(new URL("../../bench/generate-twcs.mjs", import.meta.url));
    execFileSync(process.execPath, [generator, "--rows", String(rows), "--seed", String(seed), "--out", `${file}.part`], { stdio: "pipe" });
    execFileSync("mv", [`${file}.part`, file]);
  }
  return file;
}

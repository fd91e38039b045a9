#!/usr/bin/env node
// Resource bounds (issue 8): generates TWCS-shaped files of millions of rows and measures the peak
// resident memory (RSS) and wall time of loading and scoring them, each run in its own process.
//
//   npm run resource-bounds                      # 3M rows (about 1.4 GB of files in the temp folder)
//   node --expose-gc scripts/resource-bounds.mjs --rows 300000 --keep
//
// Shapes: one enormous thread (every tweet answers the one before), millions of single-tweet threads,
// and the corpus's ordinary shape at 1/10 and full size (streaming: the loader's RSS must stay flat while
// the file grows). The target is a peak RSS of at most 1 GB per run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { rows: { type: "string", default: "3000000" }, keep: { type: "boolean", default: false }, dir: { type: "string" }, only: { type: "string" } } });
const root = fileURLToPath(new URL("..", import.meta.url));
const rows = Number(values.rows);
const dir = values.dir ?? `${tmpdir()}/carelens-resource-bounds`;
mkdirSync(dir, { recursive: true });
const cli = `${root}dist/cli/main.js`;
const LIMIT_MB = 1024;

const label = (n) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);
function file(shape, n) {
  const path = `${dir}/twcs-${shape}-${label(n)}.csv`;
  if (!existsSync(path)) {
    const made = spawnSync(process.execPath, [`${root}bench/generate-twcs.mjs`, "--rows", String(n), "--shape", shape, "--out", path], { stdio: "inherit" });
    if (made.status !== 0) throw new Error(`could not generate ${path}`);
  }
  return path;
}

/** Runs a command under GNU time: wall seconds and peak RSS (its "Maximum resident set size"). */
function measure(name, args, path) {
  const started = performance.now();
  const run = spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "pipe"] });
  const seconds = (performance.now() - started) / 1000;
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN);
  const result = {
    name,
    command: `node ${args.map((a) => a.replace(root, "").replace(dir, "$DIR")).join(" ")}`,
    fileMb: Math.round(statSync(path).size / 2 ** 20),
    seconds: Math.round(seconds * 10) / 10,
    peakRssMb: Math.round(rssKb / 1024),
    exit: run.status,
  };
  if (run.status !== 0) result.error = run.stderr.split("\n").filter((l) => /carelens|Error|heap/i.test(l)).slice(0, 3).join(" | ");
  console.log(`${result.peakRssMb <= LIMIT_MB && run.status === 0 ? "ok  " : "OVER"} ${name}: ${result.peakRssMb} MB peak RSS, ${result.seconds} s (${result.fileMb} MB file)`);
  return result;
}

const small = Math.round(rows / 10);
const plan = [
  ["load, ordinary threads, 1/10 size (streaming baseline)", () => ["inspect", file("threads", small)], () => file("threads", small)],
  ["load, ordinary threads, full size (streaming: RSS should stay flat)", () => ["inspect", file("threads", rows)], () => file("threads", rows)],
  // With the V8 heap capped, the run fails unless the live memory stays under the cap: streaming shown
  // directly, not through RSS (which also holds garbage not yet collected).
  ["load, ordinary threads, 1/10 size, heap capped at 256 MB", () => ["--max-old-space-size=256", "inspect", file("threads", small)], () => file("threads", small)],
  ["load, ordinary threads, full size, heap capped at 256 MB", () => ["--max-old-space-size=256", "inspect", file("threads", rows)], () => file("threads", rows)],
  ["load, single-tweet threads", () => ["inspect", file("singles", rows)], () => file("singles", rows)],
  ["load, one enormous thread", () => ["inspect", file("one-thread", rows)], () => file("one-thread", rows)],
  ["score, single-tweet threads", () => ["score", file("singles", rows), "--json"], () => file("singles", rows)],
  ["score, ordinary threads", () => ["score", file("threads", rows), "--json"], () => file("threads", rows)],
  ["score, one enormous thread", () => ["score", file("one-thread", rows), "--json"], () => file("one-thread", rows)],
  ["metrics, ordinary threads", () => ["metrics", file("threads", rows), "--json"], () => file("threads", rows)],
];

const results = [];
for (const [name, args, path] of plan) {
  if (values.only && !name.includes(values.only)) continue;
  const commandArgs = args();
  const flags = commandArgs[0].startsWith("--") ? [commandArgs.shift()] : [];
  results.push(measure(name, ["--expose-gc", ...flags, cli, commandArgs[0], commandArgs[1], "--format", "twcs", ...commandArgs.slice(2)], path()));
}
const out = `${root}bench/results/resource-bounds-${label(rows)}.json`;
mkdirSync(`${root}bench/results`, { recursive: true });
// Runs of an earlier call (--only) are kept unless measured again.
const earlier = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")).results.filter((r) => !results.some((n) => n.name === r.name)) : [];
const all = [...earlier, ...results].sort((a, b) => plan.findIndex((p) => p[0] === a.name) - plan.findIndex((p) => p[0] === b.name));
writeFileSync(out, `${JSON.stringify({ rows, limitMb: LIMIT_MB, node: process.version, date: new Date().toISOString(), results: all }, null, 2)}\n`);
console.log(`\n| run | file | peak RSS | time |\n|---|---|---|---|`);
for (const r of all) console.log(`| ${r.name} | ${r.fileMb} MB | ${r.peakRssMb} MB${r.exit === 0 ? "" : ` (exit ${r.exit})`} | ${r.seconds} s |`);
console.log(`\nwritten to ${out.replace(root, "")}`);
if (!values.keep) rmSync(dir, { recursive: true, force: true });

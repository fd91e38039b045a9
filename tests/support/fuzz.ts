import fc from "fast-check";
import { expect } from "vitest";
import { CarelensLoadError } from "../../src/errors.js";
import { parseExport, type ReadOptions } from "../../src/io/read-export.js";
import type { LoadReport } from "../../src/io/load-report.js";
import type { Conversation } from "../../src/model/conversation.js";

/**
 * Fuzzing knobs. `npm test` runs each property a bounded number of times with a fixed seed; `npm run fuzz`
 * sets FUZZ_RUNS (a multiplier of every property's run count) and may set FUZZ_SEED.
 */
export const FUZZ_SCALE = Math.max(0.01, Number(process.env.FUZZ_RUNS ?? 1));
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_240_805);

/** Parameters of one property: `runs` generated inputs in `npm test`, times FUZZ_RUNS in `npm run fuzz`. */
export function fuzz(runs: number): fc.Parameters<unknown> {
  return { numRuns: Math.max(1, Math.round(runs * FUZZ_SCALE)), seed: FUZZ_SEED, endOnFailure: false };
}

/** Everything a load produced, as comparable plain data (dates as ISO text, invalid dates as null). */
export function snapshot(loaded: { conversations: Conversation[]; report: LoadReport }): string {
  return JSON.stringify(loaded, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
}

/** The load report's accounting invariant: every input item ends in one message or one rejection. */
export function expectAccounted(conversations: Conversation[], report: LoadReport): void {
  const messages = conversations.reduce((sum, c) => sum + c.messages.length, 0);
  expect(report.messages).toBe(messages);
  expect(report.conversations).toBe(conversations.length);
  expect(report.items).toBe(report.messages + report.rejected);
  expect(report.rejected).toBeLessThanOrEqual(report.issuesBySeverity.error * Math.max(1, report.items));
  expect(report.issuesOmitted).toBe(0);
  for (const issue of report.issues) {
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.line !== undefined || issue.record !== undefined).toBe(true);
    if (issue.input !== undefined) expect(issue.input.length).toBeLessThanOrEqual(201);
  }
  for (const conversation of conversations) {
    for (const message of conversation.messages) {
      expect(typeof message.id).toBe("string");
      expect(["customer", "agent", "bot", "system"]).toContain(message.role);
      expect(typeof message.text).toBe("string");
      expect(message.sentAt === null || Number.isFinite(message.sentAt.getTime())).toBe(true);
    }
  }
}

/**
 * Loads a source leniently and strictly and checks the contract of both: lenient never throws and accounts
 * for every item; strict throws exactly one CarelensLoadError carrying every error and warning of the
 * lenient load, or (when there are none) gives the same result. Returns the lenient snapshot.
 */
export async function checkLoad(source: () => Parameters<typeof parseExport>[0], options: ReadOptions): Promise<string> {
  const lenient = await parseExport(source(), options);
  expectAccounted(lenient.conversations, lenient.report);
  tally.loads++;
  tally.items += lenient.report.items;
  tally.rejected += lenient.report.rejected;
  for (const [code, count] of Object.entries(lenient.report.issuesByCode)) tally.issues.set(code, (tally.issues.get(code) ?? 0) + count!);
  const problems = lenient.report.issues.filter((issue) => issue.severity !== "info");
  let thrown: unknown;
  let strict: Awaited<ReturnType<typeof parseExport>> | undefined;
  try {
    strict = await parseExport(source(), { ...options, strict: true });
  } catch (error) {
    thrown = error;
  }
  if (problems.length === 0) {
    expect(thrown).toBeUndefined();
    expect(snapshot(strict!)).toBe(snapshot(lenient));
  } else {
    expect(thrown).toBeInstanceOf(CarelensLoadError);
    expect((thrown as CarelensLoadError).issues).toEqual(problems);
    expect((thrown as CarelensLoadError).message).toMatch(/^carelens: \d+ problems? in the export/);
  }
  return snapshot(lenient);
}

/** Cuts text (or bytes) into chunks at the given positions (any order, repeats allowed). */
export function cut<T extends string | Uint8Array>(whole: T, positions: readonly number[]): T[] {
  const points = [...new Set(positions.map((p) => p % (whole.length + 1)))].sort((a, b) => a - b);
  const out: T[] = [];
  let from = 0;
  for (const p of points) {
    out.push(whole.slice(from, p) as T);
    from = p;
  }
  out.push(whole.slice(from) as T);
  return out;
}

/** Keys that reach Object.prototype when assigned naively. */
export const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"] as const;

/** Text that exercises parsers: quotes, separators, line breaks of every kind, entities, emoji, BOMs, lone surrogates. */
export const nastyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom("a", "B", " ", ",", '"', "\n", "\r", "\r\n", "&amp;", "&", "@", "^MM", "=", "-", "+", "\uFEFF", "😡", "é", "\uFFFD", "\uD800", "\t", "{", "}", "[", "]", ":", "\\", "'", "’") }) },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_KEYS, "", " ", "=HYPERLINK(\"http://x\")", "@SUM(A1)") },
);

/** Installs a check that nothing was added to Object.prototype (call in afterEach / at the end of a property). */
export function expectPrototypeClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

/** What the fuzzed loads found, for `npm run fuzz`'s summary (FUZZ_REPORT=1). */
export const tally = { loads: 0, items: 0, rejected: 0, issues: new Map<string, number>() };

/** Prints the tally of one test file (FUZZ_REPORT=1). */
export function reportTally(file: string, inputs: number): void {
  if (!process.env.FUZZ_REPORT) return;
  const issues = [...tally.issues].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(", ");
  console.log(`FUZZ ${file}: ${inputs} generated inputs, ${tally.loads} lenient loads, ${tally.items} items, ${tally.rejected} rejected; issues caught: ${issues}`);
}

import type { Command } from "commander";
import { agreement, type Agreement } from "../../compare/agreement.js";
import { CarelensError } from "../../errors.js";
import { readLabelTable, type LabelTable } from "../read-label-table.js";
import { runCommand } from "../run-command.js";

interface AgreementFlags {
  key: string;
  json?: boolean;
  order: string[];
}

/** `carelens agreement A.csv B.csv [--key id] [--order col=a,b,c] [--json]`: agreement per shared label column. */
export function agreementCommand(program: Command): void {
  program
    .command("agreement")
    .description("agreement between two label files (human vs human, or human vs carelens), per label column")
    .argument("<a>", "first label CSV (rows of the confusion matrix)")
    .argument("<b>", "second label CSV (columns of the confusion matrix)")
    .option("--key <column>", "the column identifying an item in both files", "messageId")
    .option("--order <column=labels>", "labels of a column from lowest to highest, e.g. tone=bad,neutral,good (adds the ordinal alpha); repeatable", collect, [])
    .option("--json", "print one JSON object instead of words")
    .addHelpText(
      "after",
      `
Compares the columns both files have, over the keys present in both; keys found in one file only are listed.

Examples:
  $ carelens agreement reviewer-1.csv reviewer-2.csv
  $ carelens agreement human.csv carelens.csv --key conversationId --order empathy=low,medium,high --json`,
    )
    .action(
      runCommand(async (fileA: string, fileB: string, flags: AgreementFlags) => {
        const [a, b] = [await readLabelTable(fileA, flags.key), await readLabelTable(fileB, flags.key)];
        const report = agreementReport(a, b, parseOrders(flags.order));
        process.stdout.write(flags.json ? `${JSON.stringify(report)}\n` : describeAgreement(report));
      }),
    );
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseOrders(values: string[]): Map<string, string[]> {
  const orders = new Map<string, string[]>();
  for (const value of values) {
    const at = value.indexOf("=");
    const labels = value.slice(at + 1).split(",").map((l) => l.trim());
    if (at <= 0 || labels.some((l) => l === "")) throw new CarelensError(`--order must look like column=low,medium,high, got "${value}"`);
    orders.set(value.slice(0, at).trim(), labels);
  }
  return orders;
}

/** The command's result: one entry per compared column (an array, as column names come from the files). */
export interface AgreementReport {
  files: { a: string; b: string };
  keys: { both: number; onlyInA: string[]; onlyInB: string[] };
  problems: string[];
  columns: ({ column: string; order?: string[] } & Agreement)[];
}

/** Compares the label columns two tables share, over the keys in both. */
export function agreementReport(a: LabelTable, b: LabelTable, orders: Map<string, string[]>): AgreementReport {
  const shared = a.columns.filter((c) => b.columns.includes(c));
  if (shared.length === 0) throw new CarelensError(`"${a.file}" and "${b.file}" have no label column in common (${a.columns.join(", ") || "none"} vs ${b.columns.join(", ") || "none"})`);
  for (const column of orders.keys()) {
    if (!shared.includes(column)) throw new CarelensError(`--order names "${column}", which is not a label column of both files (${shared.join(", ")})`);
  }
  const keys = [...a.rows.keys()].filter((k) => b.rows.has(k));
  const columns = shared.map((column) => {
    const ia = a.columns.indexOf(column);
    const ib = b.columns.indexOf(column);
    const order = orders.get(column);
    const labelsA = keys.map((k) => a.rows.get(k)![ia]!);
    const labelsB = keys.map((k) => b.rows.get(k)![ib]!);
    return { column, ...(order ? { order } : {}), ...agreement(labelsA, labelsB, order ? { order } : {}) };
  });
  return {
    files: { a: a.file, b: b.file },
    keys: { both: keys.length, onlyInA: [...a.rows.keys()].filter((k) => !b.rows.has(k)), onlyInB: [...b.rows.keys()].filter((k) => !a.rows.has(k)) },
    problems: [...a.problems, ...b.problems],
    columns,
  };
}

/** The report in words, with each column's confusion matrix. */
export function describeAgreement(report: AgreementReport): string {
  const { a, b } = report.files;
  const { both, onlyInA, onlyInB } = report.keys;
  const lines = [`${a} vs ${b}: ${both} items in both (${onlyInA.length} only in ${a}, ${onlyInB.length} only in ${b}), ${report.columns.length} label column${report.columns.length === 1 ? "" : "s"} compared`];
  if (onlyInA.length > 0) lines.push(`  only in ${a}: ${listed(onlyInA)}`);
  if (onlyInB.length > 0) lines.push(`  only in ${b}: ${listed(onlyInB)}`);
  for (const problem of report.problems) lines.push(`  ${problem}`);
  for (const c of report.columns) {
    const k = c.kappa;
    const kappa = k.kappa === undefined ? "kappa -" : `kappa ${fixed(k.kappa)} [${fixed(k.low)}, ${fixed(k.high)}]`;
    const alpha = `alpha ${fixed(c.alpha.nominal)} nominal${c.order ? `, ${fixed(c.alpha.ordinal)} ordinal` : ""}`;
    const agreed = c.percentAgreement === undefined ? "-" : `${(100 * c.percentAgreement).toFixed(1)}%`;
    lines.push("", `${c.column}: n = ${c.n}${c.missing.a + c.missing.b + c.missing.both > 0 ? ` (${c.missing.a + c.missing.b + c.missing.both} with a label missing)` : ""}`, `  agreement ${agreed}, ${kappa}, ${alpha}`);
    lines.push(...matrix(c.confusion.labels, c.confusion.counts).map((line) => `  ${line}`));
  }
  return `${lines.join("\n")}\n`;
}

function matrix(labels: string[], counts: number[][]): string[] {
  if (labels.length === 0) return [];
  const head = ["A \\ B", ...labels];
  const body = labels.map((label, i) => [label, ...counts[i]!.map(String)]);
  const widths = head.map((_, j) => Math.max(...[head, ...body].map((row) => row[j]!.length)));
  return [head, ...body].map((row) => row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]!) : cell.padStart(widths[j]!))).join("  "));
}

function fixed(value: number | undefined): string {
  return value === undefined ? "-" : value.toFixed(3);
}

function listed(keys: string[]): string {
  return keys.length <= 10 ? keys.join(", ") : `${keys.slice(0, 10).join(", ")} and ${keys.length - 10} more`;
}

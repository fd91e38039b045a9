import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { carelens } from "../support/cli.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/agreement/${name}`, import.meta.url));
const A = fixture("reviewer-a.csv");
const B = fixture("reviewer-b.csv");

/*
 * reviewer-a.csv and reviewer-b.csv: 12 messages in both (B's columns in another order, with a BOM), one row of A
 * with too few fields, one repeated key in A, one key only in each file; "notes" only in A.
 * References (R 4.2.2, vcd 1.4-11): personal: t <- table(pa, pb) = [[3,1],[1,7]]; Kappa(t)$Unweighted = 0.625 (ASE
 * 0.239781394582), confint = 0.155037102457 1; nominal alpha by Krippendorff's formula = 0.640625.
 * empathy: the same labels as tests/compare/agreement.test.ts: kappa 0.53125, alpha 0.551181102362 nominal,
 * 0.753365384615 ordinal; interval 0.53125 -/+ qnorm(0.975)*0.220830559863 = 0.0984301 0.9640699.
 */
describe("carelens agreement A.csv B.csv", () => {
  it("prints agreement, kappa, alpha and the confusion matrix per shared column", () => {
    const { status, stdout, stderr } = carelens("agreement", A, B, "--order", "empathy=low,mid,high");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toContain(`${A} vs ${B}: 12 items in both (1 only in ${A}, 1 only in ${B}), 2 label columns compared`);
    expect(stdout).toContain(`${A} line 14: 3 fields, the header has 4; row skipped`);
    expect(stdout).toContain(`${A} line 15: messageId "m1" repeats an earlier row; row skipped`);
    expect(stdout).toContain("empathy: n = 10 (2 with a label missing)\n  agreement 70.0%, kappa 0.531 [0.098, 0.964], alpha 0.551 nominal, 0.753 ordinal");
    expect(stdout).toContain("personal: n = 12\n  agreement 83.3%, kappa 0.625 [0.155, 1.000], alpha 0.641 nominal\n  A \\ B  no  yes\n  no      3    1\n  yes     1    7\n");
  });

  it("prints one JSON object with --json", () => {
    const { status, stdout } = carelens("agreement", A, B, "--json");
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.keys).toEqual({ both: 12, onlyInA: ["m20"], onlyInB: ["m30"] });
    expect(report.problems).toHaveLength(2);
    const personal = report.columns.find((c: { column: string }) => c.column === "personal");
    expect(personal.kappa.kappa).toBeCloseTo(0.625, 12);
    expect(personal.kappa.standardError).toBeCloseTo(0.239781394582, 11);
    expect(personal.alpha.nominal).toBeCloseTo(0.640625, 12);
    expect(personal.confusion).toEqual({ labels: ["no", "yes"], counts: [[3, 1], [1, 7]], n: 12 });
  });

  it.each([
    [["agreement", "missing.csv", B], /^carelens: cannot read "missing.csv": no such file\n$/],
    [["agreement", A, B, "--key", "id"], /^carelens: ".*reviewer-a.csv" has no "id" column \(columns: messageId, empathy, personal, notes\); name the key column with --key\n$/],
    [["agreement", A, B, "--order", "empathy"], /^carelens: --order must look like column=low,medium,high, got "empathy"\n$/],
    [["agreement", A, B, "--order", "notes=a,b"], /^carelens: --order names "notes", which is not a label column of both files \(empathy, personal\)\n$/],
    [["agreement", A, B, "--order", "empathy=low,high"], /^carelens: label "mid" is not in the ordinal order \[low, high\]\n$/],
  ])("exits 2 with a one-line error for %j", (args, message) => {
    const { status, stderr, stdout } = carelens(...args);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe("");
  });
});

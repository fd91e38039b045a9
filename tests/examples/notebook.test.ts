import { mkdirSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { jupyterEnv, ROOT, run, DENO } from "../support/tools.js";

interface Output {
  output_type: string;
  data?: Record<string, unknown>;
  ename?: string;
}

test("examples/quickstart.ipynb runs headless on the Deno kernel with an output in every code cell", () => {
  const env = jupyterEnv();
  const install = run(DENO, ["jupyter", "--install", "--force"], env);
  expect(install.stderr + install.stdout).toContain(".tmp/jupyter/kernels/deno");
  mkdirSync(`${ROOT}test-artifacts`, { recursive: true });
  const executed = `${ROOT}test-artifacts/quickstart.executed.ipynb`;
  // Debian's python3 (with jupyter-nbconvert), whatever python3 comes first on PATH.
  const result = run("/usr/bin/python3", ["scripts/deno_execute.py", "examples/quickstart.ipynb", executed], env);
  expect(result.stderr).not.toMatch(/CellExecutionError|Traceback/);
  expect(result.status).toBe(0);
  const cells = (JSON.parse(readFileSync(executed, "utf8")) as { cells: { cell_type: string; outputs?: Output[] }[] }).cells.filter((c) => c.cell_type === "code");
  expect(cells.length).toBeGreaterThan(4);
  for (const cell of cells) {
    expect(cell.outputs?.length).toBeGreaterThan(0);
    expect(cell.outputs!.filter((o) => o.output_type === "error")).toEqual([]);
  }
  const kinds = new Set(cells.flatMap((c) => c.outputs!.flatMap((o) => Object.keys(o.data ?? {}))));
  expect(kinds).toContain("text/html");
  expect(kinds).toContain("image/svg+xml");
  // The committed notebook carries no outputs.
  const committed = JSON.parse(readFileSync(`${ROOT}examples/quickstart.ipynb`, "utf8")) as { cells: { outputs?: unknown[] }[] };
  expect(committed.cells.every((c) => (c.outputs ?? []).length === 0)).toBe(true);
});

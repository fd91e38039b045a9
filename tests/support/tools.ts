import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The project root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The deno binary the `deno` npm devDependency ships. */
export const DENO = `${ROOT}node_modules/.bin/deno`;

/** Jupyter and Deno's kernelspec kept inside the project (.tmp/jupyter), never in the home directory. */
export function jupyterEnv(): NodeJS.ProcessEnv {
  const dir = `${ROOT}.tmp/jupyter`;
  mkdirSync(dir, { recursive: true });
  return { ...process.env, XDG_DATA_HOME: `${ROOT}.tmp`, JUPYTER_DATA_DIR: dir, JUPYTER_PATH: dir, JUPYTER_CONFIG_DIR: `${dir}/config`, JUPYTER_RUNTIME_DIR: `${dir}/runtime`, NO_COLOR: "1" };
}

/** Runs a command from the project root; output as text. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" }, timeout = 240_000) {
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: "utf8", timeout, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, error: result.error };
}

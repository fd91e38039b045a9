import { CarelensError, CarelensLoadError } from "../errors.js";

/** Exit codes: 0 ok, 1 findings (a strict load found problems, a threshold failed), 2 usage or input error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * Runs a command's action and turns errors into a one-line message on stderr and an exit code:
 * usage and input errors exit 2, a strict load that found problems exits 1, anything else is a bug
 * and is printed with its stack.
 */
export function runCommand<A extends unknown[]>(action: (...args: A) => Promise<number | void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      process.exitCode = (await action(...args)) ?? EXIT.ok;
    } catch (error) {
      if (error instanceof CarelensLoadError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = EXIT.findings;
      } else if (error instanceof CarelensError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = EXIT.usage;
      } else {
        process.stderr.write(`carelens: internal error, please report it: ${(error as Error).stack ?? String(error)}\n`);
        process.exitCode = 70;
      }
    }
  };
}

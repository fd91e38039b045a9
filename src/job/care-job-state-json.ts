import { CarelensError } from "../errors.js";
import type { CareJobState } from "./care-job.js";

/**
 * A care job's state as JSON text, to carry it between processes or machines (a Spark or Ray task's
 * output, a file per shard): Maps are written as `{ "$map": [[key, value], ...] }`, everything else is
 * already plain data.
 *
 * @example
 * writeFileSync(`state-${partition}.json`, careJobStateToJson(job.state()));
 */
export function careJobStateToJson(state: CareJobState): string {
  return JSON.stringify({ carelensJobState: 1, state }, (_key, value: unknown) => (value instanceof Map ? { $map: [...value] } : value));
}

/**
 * Reads a state written by {@link careJobStateToJson}, for `job.merge(state)`.
 *
 * @example
 * const total = createCareJob({ templates });
 * for (const file of stateFiles) total.merge(careJobStateFromJson(readFileSync(file, "utf8")));
 * total.result();
 */
export function careJobStateFromJson(text: string): CareJobState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (_key, value: unknown) => (isTaggedMap(value) ? new Map(value.$map) : value));
  } catch (error) {
    throw new CarelensError(`not a carelens job state: ${(error as Error).message}`);
  }
  const document = parsed as { carelensJobState?: unknown; state?: CareJobState } | null;
  if (document?.carelensJobState !== 1 || typeof document.state !== "object" || document.state === null) {
    throw new CarelensError('not a carelens job state: expected { "carelensJobState": 1, "state": { ... } } as written by careJobStateToJson');
  }
  return document.state;
}

function isTaggedMap(value: unknown): value is { $map: [unknown, unknown][] } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && Array.isArray((value as { $map?: unknown }).$map);
}

import { CarelensError } from "../errors.js";

export type Group = "pilot" | "control";

/** One conversation, as compareAgents reads it. */
export interface ComparisonRow {
  conversationId: string;
  agentId: string;
  group: Group;
  /** "pre" rows feed only the difference-in-differences; rows without a period count as "post". */
  period?: "pre" | "post";
  /** One value per metric or rubric score; null (or a non-finite number) when not measured. */
  outcomes: Readonly<Record<string, number | null | undefined>>;
  /** What kind of contact it was, for the mix-balance check. `hour` is the hour of day, 0-23. */
  mix?: { channel?: string; tone?: string; hour?: number };
}

/**
 * Checks the rows compareAgents is given (a programmer error throws a CarelensError naming the row and
 * echoing the bad value) and returns each agent's group.
 * @example
 * checkRows([{ conversationId: "1", agentId: "a", group: "pilot", outcomes: {} }]); // => Map { "a" => "pilot" }
 */
export function checkRows(rows: readonly ComparisonRow[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  rows.forEach((row, index) => {
    const where = `row ${index} (conversation "${row?.conversationId}")`;
    if (typeof row !== "object" || row === null) throw new CarelensError(`row ${index} must be an object, got ${String(row)}`);
    if (typeof row.agentId !== "string" || row.agentId === "") throw new CarelensError(`${where}: agentId must be a non-empty string, got ${JSON.stringify(row.agentId)}`);
    if (row.group !== "pilot" && row.group !== "control") throw new CarelensError(`${where}: group must be "pilot" or "control", got ${JSON.stringify(row.group)}`);
    if (row.period !== undefined && row.period !== "pre" && row.period !== "post") throw new CarelensError(`${where}: period must be "pre" or "post", got ${JSON.stringify(row.period)}`);
    if (typeof row.outcomes !== "object" || row.outcomes === null) throw new CarelensError(`${where}: outcomes must be an object of numbers, got ${JSON.stringify(row.outcomes)}`);
    const known = groups.get(row.agentId);
    if (known !== undefined && known !== row.group) throw new CarelensError(`agent "${row.agentId}" is in both groups (pilot and control); an agent belongs to one group`);
    groups.set(row.agentId, row.group);
  });
  return groups;
}

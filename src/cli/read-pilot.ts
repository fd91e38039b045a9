import { readFile } from "node:fs/promises";
import { CarelensError } from "../errors.js";

/**
 * Reads a pilot list: one agent per line ("Brand/ID" or a bare ID), "#" starts a comment.
 *
 * @example
 * await readPilot("pilot.txt"); // => ["AmazonHelp/RK", "AmazonHelp/TP"]
 */
export async function readPilot(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new CarelensError(`cannot read pilot list "${path}": ${(error as Error).message}`);
  }
  const agents = text.split(/\r?\n/).map((line) => line.replace(/#.*/, "").trim()).filter(Boolean);
  if (agents.length === 0) throw new CarelensError(`pilot list "${path}" names no agent`);
  return agents;
}

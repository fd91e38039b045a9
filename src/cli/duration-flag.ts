import { CarelensError } from "../errors.js";

const UNITS: Record<string, number> = { s: 1, m: 60, min: 60, h: 3600, d: 86_400 };

/**
 * Reads a duration flag: plain seconds ("86400") or a number with a unit s, m/min, h or d ("90m", "24h", "1.5d").
 *
 * @example
 * parseDurationFlag("--window", "24h"); // => 86400
 */
export function parseDurationFlag(flag: string, text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(s|m|min|h|d)?$/i.exec(text.trim());
  const seconds = match ? Number(match[1]) * UNITS[(match[2] ?? "s").toLowerCase()]! : Number.NaN;
  if (!(seconds > 0)) throw new CarelensError(`${flag} must be a positive duration such as 3600, 90m, 24h or 2d, got "${text}"`);
  return seconds;
}

/**
 * A duration in words for people: "47 s", "12 min 5 s", "1 h 08 min", "2 d 3 h".
 *
 * @example
 * formatDuration(4111.5); // => "1 h 08 min"
 */
export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined) return "n/a";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)} min ${s % 60} s`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`;
  return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3600)} h`;
}

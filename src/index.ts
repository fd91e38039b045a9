/**
 * carelens: quality assurance and analytics for customer-care conversations.
 * The core runs anywhere (Node, Deno, bundlers); file-system helpers are in "carelens/node".
 */
export * from "./model/index.js";
export * from "./io/index.js";
export { CarelensError, CarelensLoadError } from "./errors.js";
export * from "./stats/index.js";
export * from "./compare/index.js";

// Operational metrics (response rate, response times, handle time, cost, coverage, agents, cohort trends).
export * from "./metrics/index.js";

export { compareAgents, CompareAgentsOptionsSchema, type CompareAgentsOptions, type AgentComparison } from "./compare-agents.js";
export type { ComparisonRow, Group } from "./comparison-row.js";
export type { OutcomeComparison, GroupValue } from "./compare-outcome.js";
export type { AgentTest } from "./test-agents.js";
export type { MixBalance } from "./mix-balance.js";
export { agreement, type Agreement, type AgreementOptions } from "./agreement.js";
export { reviewsNeeded, ReviewsNeededSchema, type ReviewsNeeded } from "./reviews-needed.js";
export { comparePilot, type ComparePilotOptions, type PilotComparison } from "./compare-pilot.js";
export { PILOT_OUTCOMES, type PilotAgents } from "./pilot-rows.js";

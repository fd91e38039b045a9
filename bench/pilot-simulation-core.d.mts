/** Types for bench/pilot-simulation-core.mjs (used by tests/compare/pilot-simulation.test.ts). */
export interface SimulationResult {
  pilots: number;
  effect: number;
  rejectionRate: number;
  naiveRejectionRate: number;
  promisedPower: number;
  meanRelativeMde: number;
  methods: Record<string, number>;
}
export const DESIGN: { pilotAgents: number; controlAgents: number; minConversations: number; maxConversations: number; baseSeconds: number; agentSd: number; residualSd: number };
export function normalSource(random: () => number): () => number;
export function simulateRows(random: () => number, normal: () => number, effect: number, design?: typeof DESIGN): unknown[];
export function simulatePilots(lib: unknown, options: { pilots: number; effect?: number; seed?: number; permutations?: number; alpha?: number }): SimulationResult;

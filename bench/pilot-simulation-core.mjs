/**
 * The A/A and power simulation of compareAgents, shared by bench/pilot-simulation.mjs (on the built
 * dist, >= 2,000 pilots) and tests/compare/pilot-simulation.test.ts (on the sources, fewer pilots). The
 * library is passed in (`lib`), so both run the same code on the same seeded data.
 *
 * Design: 6 pilot agents and 30 control agents; each agent handles 20-80 conversations (uniform); the
 * outcome is a handle-time-like log-normal: log(seconds) = log(300) + a_agent + e_conversation with
 * a ~ N(0, 0.3²) and e ~ N(0, 0.3²), i.e. the agent random effect sd equals the residual sd (intra-agent
 * correlation 0.5 on the log scale). Under "A/A" nothing differs between the groups; under a planted
 * effect, pilot agents' handle times are multiplied by (1 + effect).
 */

/** Standard normal draws by Box-Muller from a uniform source. */
export function normalSource(random) {
  let spare;
  return () => {
    if (spare !== undefined) {
      const z = spare;
      spare = undefined;
      return z;
    }
    const u = 1 - random();
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

export const DESIGN = { pilotAgents: 6, controlAgents: 30, minConversations: 20, maxConversations: 80, baseSeconds: 300, agentSd: 0.3, residualSd: 0.3 };

/** One simulated pilot's conversation rows. */
export function simulateRows(random, normal, effect, design = DESIGN) {
  const rows = [];
  const agents = design.pilotAgents + design.controlAgents;
  for (let agent = 0; agent < agents; agent++) {
    const group = agent < design.pilotAgents ? "pilot" : "control";
    const level = Math.log(design.baseSeconds) + design.agentSd * normal();
    const count = design.minConversations + Math.floor(random() * (design.maxConversations - design.minConversations + 1));
    const factor = group === "pilot" ? 1 + effect : 1;
    for (let c = 0; c < count; c++) {
      const seconds = Math.exp(level + design.residualSd * normal()) * factor;
      rows.push({ conversationId: `${agent}-${c}`, agentId: `agent-${String(agent).padStart(2, "0")}`, group, outcomes: { handleSeconds: seconds } });
    }
  }
  return rows;
}

/**
 * Runs `pilots` simulated pilots with a planted relative `effect` (0 for A/A) and returns the rejection
 * rates at alpha of compareAgents' default test and of a naive conversation-level Welch t-test, with the
 * power the MDE formula promises for the planted effect (averaged over pilots) and the mean relative MDE.
 */
export function simulatePilots(lib, { pilots, effect = 0, seed = 1, permutations = 9_999, alpha = 0.05 }) {
  const random = lib.seededRandom(seed);
  const normal = normalSource(random);
  let rejected = 0;
  let naiveRejected = 0;
  let promised = 0;
  let mdeRelative = 0;
  const methods = new Map();
  for (let i = 0; i < pilots; i++) {
    const rows = simulateRows(random, normal, effect);
    const result = lib.compareAgents(rows, { seed: seed + i, permutations, alpha }).outcomes[0];
    if (result.pValue < alpha) rejected++;
    methods.set(result.method, (methods.get(result.method) ?? 0) + 1);
    const pilotValues = rows.filter((r) => r.group === "pilot").map((r) => r.outcomes.handleSeconds);
    const controlValues = rows.filter((r) => r.group === "control").map((r) => r.outcomes.handleSeconds);
    if (lib.welchTest(pilotValues, controlValues).pValue < alpha) naiveRejected++;
    const sd = lib.hedgesG(agentMeans(rows, "pilot"), agentMeans(rows, "control")).pooledSd;
    const control = result.groups.control.value;
    promised += lib.powerToDetect(effect * control, { sd, nX: result.groups.pilot.agents, nY: result.groups.control.agents, alpha });
    mdeRelative += result.mde.relative;
  }
  return { pilots, effect, rejectionRate: rejected / pilots, naiveRejectionRate: naiveRejected / pilots, promisedPower: promised / pilots, meanRelativeMde: mdeRelative / pilots, methods: Object.fromEntries(methods) };
}

function agentMeans(rows, group) {
  const sums = new Map();
  for (const row of rows) {
    if (row.group !== group) continue;
    const tally = sums.get(row.agentId) ?? { sum: 0, n: 0 };
    tally.sum += row.outcomes.handleSeconds;
    tally.n++;
    sums.set(row.agentId, tally);
  }
  return [...sums.values()].map((t) => t.sum / t.n);
}

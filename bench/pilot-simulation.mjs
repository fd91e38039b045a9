#!/usr/bin/env node
/**
 * A/A and power simulation of compareAgents' default test, against a naive conversation-level Welch t-test
 * computed on the same simulated pilots. Design in bench/pilot-simulation-core.mjs: 6 pilot vs 30 control
 * agents, 20-80 conversations each, log-normal handle times with an agent random effect sd equal to the
 * residual sd (0.3 on the log scale).
 *
 * Usage: npm run build && node bench/pilot-simulation.mjs [--pilots 4000] [--seed 20261123]
 * Prints the figures and writes them to bench/results/pilot-simulation.txt.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import * as lib from "../dist/index.js";
import { DESIGN, simulatePilots } from "./pilot-simulation-core.mjs";

const { values } = parseArgs({ options: { pilots: { type: "string", default: "4000" }, seed: { type: "string", default: "20261123" } } });
const pilots = Number(values.pilots);
const seed = Number(values.seed);
const pct = (x) => `${(100 * x).toFixed(1)}%`;
const se = (p, n) => Math.sqrt((p * (1 - p)) / n);
const started = Date.now();

const aa = simulatePilots(lib, { pilots, seed, effect: 0 });
const planted = simulatePilots(lib, { pilots: Math.max(2000, pilots / 2), seed: seed + 1, effect: 0.2 });
const atMde = simulatePilots(lib, { pilots: Math.max(2000, pilots / 2), seed: seed + 2, effect: Number(aa.meanRelativeMde.toFixed(3)) });

const lines = [
  `carelens pilot-vs-control simulation (node bench/pilot-simulation.mjs --pilots ${pilots} --seed ${seed})`,
  `design: ${DESIGN.pilotAgents} pilot vs ${DESIGN.controlAgents} control agents, ${DESIGN.minConversations}-${DESIGN.maxConversations} conversations per agent (uniform),`,
  `        log(handle seconds) = log(${DESIGN.baseSeconds}) + agent effect N(0, ${DESIGN.agentSd}^2) + residual N(0, ${DESIGN.residualSd}^2) (agent sd = residual sd)`,
  `default test: ${Object.keys(aa.methods).join("; ")}; alpha = 5%`,
  "",
  `A/A (no true difference), ${aa.pilots} simulated pilots:`,
  `  default test (agent as unit) rejects ${pct(aa.rejectionRate)} (binomial SE ${pct(se(aa.rejectionRate, aa.pilots))})`,
  `  naive conversation-level Welch t-test rejects ${pct(aa.naiveRejectionRate)}`,
  `  mean MDE at 80% power: ${pct(aa.meanRelativeMde)} of the control mean`,
  "",
  `planted effect +20% on pilot agents' handle times, ${planted.pilots} simulated pilots:`,
  `  default test detects it in ${pct(planted.rejectionRate)} (SE ${pct(se(planted.rejectionRate, planted.pilots))}); power promised by the MDE formula: ${pct(planted.promisedPower)}`,
  `  naive conversation-level test: ${pct(planted.naiveRejectionRate)} (not a power: it rejects ${pct(aa.naiveRejectionRate)} with no effect at all)`,
  "",
  `planted effect = the mean MDE (+${pct(atMde.effect)}), ${atMde.pilots} simulated pilots:`,
  `  default test detects it in ${pct(atMde.rejectionRate)} (SE ${pct(se(atMde.rejectionRate, atMde.pilots))}); power promised per pilot, averaged: ${pct(atMde.promisedPower)}`,
  `  (not 80%: each pilot's MDE is estimated from its own agents, and the MDE assumes a constant shift while a`,
  `  multiplicative effect also spreads the pilot agents' values, which costs power at large effects)`,
  "",
  `(${((Date.now() - started) / 1000).toFixed(1)} s on ${process.arch}, node ${process.version})`,
];
const text = `${lines.join("\n")}\n`;
process.stdout.write(text);
writeFileSync(new URL("./results/pilot-simulation.txt", import.meta.url), text);

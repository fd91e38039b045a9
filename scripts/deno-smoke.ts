// Runs the built package under Deno: load a real export, score it, compute metrics, render a chart.
// Usage (after npm run build): deno run --allow-read scripts/deno-smoke.ts [export.json]
// --allow-read: the export and node_modules; no other permission is needed.
import { chartSvg, createScorer, metricsSummary, mineTemplates, parseExport } from "../dist/index.js";

const path = Deno.args[0] ?? new URL("../../shared/data/ibm-twitter-cdp/test.json", import.meta.url).pathname;
const { conversations } = await parseExport(await Deno.readTextFile(path), { format: "ibm-cdp" });
const scorer = createScorer({ templates: mineTemplates(conversations) });
const totals = conversations.map((c) => scorer.score(c).scorecard.total).filter((t): t is number => t !== null);
const summary = metricsSummary(conversations);
const svg = await chartSvg({ data: { values: [{ a: "x", n: 1 }] }, mark: "bar", encoding: { x: { field: "a", type: "nominal" }, y: { field: "n", type: "quantitative" } } });
console.log(JSON.stringify({ runtime: `deno ${Deno.version.deno}`, conversations: conversations.length, scored: totals.length, contacts: summary.contacts, chart: svg.startsWith("<svg") }));

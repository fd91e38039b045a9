import type { ReportData } from "./report-data.js";
import type { VegaLiteSpec } from "./render-chart.js";

const WIDTH = 560;
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** The report's charts as Vega-Lite specs, by section; a chart with no data is left out. */
export function chartSpecs(data: ReportData): Partial<Record<"frt" | "responseRate" | "scores" | "coverage" | "agents" | "templates" | "pilot", VegaLiteSpec>> {
  const specs: ReturnType<typeof chartSpecs> = {};
  if (data.frtBins.some((b) => b.contacts > 0)) specs.frt = frtHistogram(data);
  const periods = data.timeline.periods;
  if (periods.some((p) => p.responseRate !== undefined)) specs.responseRate = responseRateOverTime(data);
  if (periods.some((p) => Object.keys(p.rubrics).length > 0)) specs.scores = scoresOverTime(data);
  if (data.coverage.some((c) => c.contacts > 0)) specs.coverage = coverageGrid(data);
  if (data.agents.some((a) => a.total.mean !== undefined)) specs.agents = agentTotals(data);
  if (data.templates.top.length > 0) specs.templates = templateBars(data);
  if (data.pilot && data.pilot.outcomes.some((o) => relative(o) !== undefined)) specs.pilot = pilotDifferences(data);
  return specs;
}

function frtHistogram(data: ReportData): VegaLiteSpec {
  return {
    width: WIDTH,
    height: 220,
    data: { values: data.frtBins },
    mark: { type: "bar", color: "#3b6ea8" },
    encoding: {
      x: { field: "bin", type: "ordinal", sort: { field: "order" }, title: "first response time", axis: { labelAngle: 0 } },
      y: { field: "contacts", type: "quantitative", title: "contacts" },
    },
  };
}

function responseRateOverTime(data: ReportData): VegaLiteSpec {
  return {
    width: WIDTH,
    height: 200,
    data: { values: data.timeline.periods.filter((p) => p.responseRate !== undefined).map((p) => ({ start: p.start, rate: p.responseRate, contacts: p.contacts })) },
    mark: { type: "line", point: true, color: "#3b6ea8" },
    encoding: {
      x: { field: "start", type: "temporal", title: `first message (${data.timeline.unit})` },
      y: { field: "rate", type: "quantitative", title: "response rate", scale: { domain: [0, 1] }, axis: { format: "%" } },
    },
  };
}

function scoresOverTime(data: ReportData): VegaLiteSpec {
  // The first six rubrics (the core ones, in the scorer's order): more lines would not read.
  const shown = new Set(data.scores.rubrics.slice(0, 6).map((r) => r.id));
  // Periods resting on fewer than 10 conversations are noise on this chart (they stay in the JSON).
  const periods = data.timeline.periods.some((p) => p.scored >= 10) ? data.timeline.periods.filter((p) => p.scored >= 10) : data.timeline.periods;
  const values = periods.flatMap((p) => Object.entries(p.rubrics).filter(([id, v]) => v !== undefined && shown.has(id)).map(([rubric, score]) => ({ start: p.start, rubric, score })));
  return {
    width: WIDTH,
    height: 240,
    data: { values },
    mark: { type: "line", point: { size: 20 } },
    encoding: {
      x: { field: "start", type: "temporal", title: `first message (${data.timeline.unit})` },
      y: { field: "score", type: "quantitative", title: "mean score (0-1), periods of 10+ conversations", scale: { domain: [0, 1] } },
      color: { field: "rubric", type: "nominal", title: "rubric", scale: { scheme: "tableau10" } },
    },
  };
}

function coverageGrid(data: ReportData): VegaLiteSpec {
  return {
    width: WIDTH,
    height: 170,
    data: { values: data.coverage },
    mark: { type: "rect" },
    encoding: {
      x: { field: "hour", type: "ordinal", title: `hour of day (${data.source.timeZone})`, axis: { labelAngle: 0 } },
      y: { field: "weekday", type: "ordinal", sort: WEEKDAYS, title: null },
      color: { field: "contacts", type: "quantitative", title: "contacts", scale: { scheme: "blues" } },
    },
  };
}

function agentTotals(data: ReportData): VegaLiteSpec {
  const values = data.agents
    .filter((a) => a.total.mean !== undefined)
    .slice(0, 20)
    .map((a) => ({ agent: a.agent, mean: a.total.mean, low: a.total.low ?? a.total.mean, high: a.total.high ?? a.total.mean, n: a.total.n }));
  const y = { field: "agent", type: "nominal", sort: { field: "mean", order: "descending" }, title: null };
  return {
    width: WIDTH - 160,
    height: { step: 16 },
    data: { values },
    encoding: { y, x: { type: "quantitative", title: "scorecard total (0-100), mean with 95% interval", scale: { domain: [0, 100] } } },
    layer: [
      { mark: { type: "rule", color: "#8a9bb0" }, encoding: { x: { field: "low" }, x2: { field: "high" } } },
      { mark: { type: "point", filled: true, color: "#3b6ea8" }, encoding: { x: { field: "mean" } } },
    ],
  };
}

function templateBars(data: ReportData): VegaLiteSpec {
  const values = data.templates.top.slice(0, 10).map((t) => ({ template: `#${t.id} ${t.text.length > 48 ? `${t.text.slice(0, 47)}…` : t.text}`, conversations: t.conversations }));
  return {
    width: WIDTH - 280,
    height: { step: 16 },
    data: { values },
    mark: { type: "bar", color: "#a8643b" },
    encoding: {
      y: { field: "template", type: "nominal", sort: { field: "conversations", order: "descending" }, title: null, axis: { labelLimit: 320 } },
      x: { field: "conversations", type: "quantitative", title: "conversations using it" },
    },
  };
}

type Outcome = NonNullable<ReportData["pilot"]>["outcomes"][number];

/** Pilot minus control relative to the control value, with its interval; undefined when the control value is 0 or unknown. */
function relative(o: Outcome): { difference: number; low: number; high: number } | undefined {
  const control = o.groups.control.value;
  const d = o.difference.absolute;
  if (control === undefined || control === 0 || d === undefined || o.ci.low === undefined || o.ci.high === undefined) return undefined;
  const scale = Math.abs(control);
  return { difference: d / scale, low: o.ci.low / scale, high: o.ci.high / scale };
}

function pilotDifferences(data: ReportData): VegaLiteSpec {
  const values = data.pilot!.outcomes.flatMap((o) => {
    const r = relative(o);
    return r ? [{ outcome: o.outcome, ...r }] : [];
  });
  const y = { field: "outcome", type: "nominal", sort: null, title: null };
  return {
    width: WIDTH - 160,
    height: { step: 18 },
    data: { values },
    encoding: { y },
    layer: [
      { mark: { type: "rule", color: "#999", strokeDash: [3, 3] }, data: { values: [{ zero: 0 }] }, encoding: { x: { field: "zero", type: "quantitative" }, y: null } },
      { mark: { type: "rule", color: "#8a9bb0" }, encoding: { x: { field: "low", type: "quantitative", title: "pilot minus control, relative to control (95% interval)", axis: { format: "%" } }, x2: { field: "high" } } },
      { mark: { type: "point", filled: true, color: "#3b6ea8" }, encoding: { x: { field: "difference", type: "quantitative" } } },
    ],
  };
}

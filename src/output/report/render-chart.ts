import { Html, trustedSvg } from "../html.js";

/** A Vega-Lite specification (a plain object; see https://vega.github.io/vega-lite/). */
export type VegaLiteSpec = Record<string, unknown>;

const FONT = "Liberation Sans, Arial, Helvetica, sans-serif";

/**
 * Renders a Vega-Lite spec to a static SVG string with vega in the current runtime (no browser, no
 * canvas). vega and vega-lite are imported on first use, so importing carelens stays fast.
 *
 * @example
 * const svg = await chartSvg({ data: { values: [{ a: "x", n: 3 }] }, mark: "bar", encoding: { x: { field: "a" }, y: { field: "n", type: "quantitative" } } });
 * svg.startsWith("<svg"); // => true
 */
export async function chartSvg(spec: VegaLiteSpec): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  const config = { font: FONT, background: "white", view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12 }, legend: { labelFontSize: 11 } };
  const compiled = vegaLite.compile({ config, ...spec } as Parameters<typeof vegaLite.compile>[0]).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * A chart as markup for the report: the SVG from {@link chartSvg}, checked and marked safe.
 *
 * @example
 * (await chartHtml(spec)).markup.startsWith("<svg"); // => true
 */
export async function chartHtml(spec: VegaLiteSpec): Promise<Html> {
  return trustedSvg(await chartSvg(spec));
}

import { describe, expect, test } from "vitest";
import { html, trustedSvg } from "../../src/output/html.js";
import { toJson } from "../../src/output/to-json.js";
import { highlighted } from "../../src/output/report/sections/examples.js";
import { frtBins } from "../../src/output/report/frt-bins.js";

describe("html`...`", () => {
  test("escapes every interpolation, in text and in quoted attributes", () => {
    expect(html`<p title="${`" onmouseover="x`}">${"<img src=x onerror=alert(1)>"}</p>`.markup).toBe('<p title="&quot; onmouseover=&quot;x">&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(html`<b>${"it's & </script>"}</b>`.markup).toBe("<b>it&apos;s &amp; &lt;/script&gt;</b>");
  });
  test("inserts nested html and lists as markup, and prints nothing for null, undefined and false", () => {
    expect(html`<ul>${["a<", "b"].map((x) => html`<li>${x}</li>`)}</ul>${null}${undefined}${false}`.markup).toBe("<ul><li>a&lt;</li><li>b</li></ul>");
  });
});

describe("trustedSvg(svg)", () => {
  test("accepts vega's escaped text but refuses script, links and handlers", () => {
    expect(trustedSvg('<svg><text aria-label="x onerror=1">&lt;img onerror=1&gt;</text></svg>').markup).toContain("&lt;img");
    expect(() => trustedSvg("<svg><script>alert(1)</script></svg>")).toThrow(/refusing/);
    expect(() => trustedSvg('<svg><g onload="alert(1)"></g></svg>')).toThrow(/refusing/);
    expect(() => trustedSvg('<svg><a href="javascript:alert(1)">x</a></svg>')).toThrow(/refusing/);
    expect(() => trustedSvg("<div></div>")).toThrow(/refusing/);
  });
});

test("highlighted(text, evidence) marks merged spans and escapes the rest", () => {
  const evidence = [
    { rubric: "empathy", label: "expressed", start: 3, end: 8, reason: "apology" },
    { rubric: "ownership", label: "owns", start: 6, end: 12, reason: "commits" },
  ];
  expect(highlighted("so sorry, we <b>", evidence).markup).toBe('so <mark title="empathy: apology; ownership: commits">sorry, we</mark> &lt;b&gt;');
});

test("frtBins(seconds) skips null and negative values and counts each value once", () => {
  const bins = frtBins([0, 299, 300, 3600, 300_000, null, -5]);
  // Hand count: [0, 300) holds 0 and 299; [300, 900) holds 300; [3600, 7200) holds 3600; [259200, ∞) holds 300000.
  expect(bins.filter((b) => b.contacts > 0).map((b) => [b.bin, b.contacts])).toEqual([["< 5 min", 2], ["5-15 min", 1], ["1-2 h", 1], ["> 3 days", 1]]);
  expect(bins.reduce((n, b) => n + b.contacts, 0)).toBe(5);
});

test("toJson(value) keeps undefined statistics as null and writes dates as ISO", () => {
  expect(toJson({ a: undefined, b: new Date(0), c: Number.NaN, d: new Map([["k", 1]]) })).toBe('{"a":null,"b":"1970-01-01T00:00:00.000Z","c":null,"d":{"k":1}}');
});

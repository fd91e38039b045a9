import { escapeUTF8 } from "entities";

/** Markup that is already safe: made by {@link html} (its interpolations escaped) or marked {@link trustedSvg}. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What may be interpolated into {@link html}: text (escaped), numbers, markup, lists of those; null/undefined/false print nothing. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

/**
 * The one way carelens builds markup: a tagged template that escapes every interpolated value (text from
 * the data, numbers, attribute values) with `entities`' escapeUTF8 (& < > " '), except values that are
 * themselves {@link Html}. Attribute values must be quoted in the template.
 *
 * @example
 * html`<p title="${'"x'}">${"<img src=x onerror=alert(1)>"}</p>`.markup;
 * // => '<p title="&quot;x">&lt;img src=x onerror=alert(1)&gt;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeUTF8(String(value));
}

/**
 * Marks an SVG rendered by vega (which escapes the text and attribute values it writes) as safe to insert:
 * the only raw insertion in carelens's HTML. Refuses anything that is not one `<svg>` element, or whose
 * tags include script, foreignObject, links or event-handler attributes.
 *
 * @example
 * trustedSvg('<svg xmlns="http://www.w3.org/2000/svg"></svg>') instanceof Html; // => true
 */
export function trustedSvg(svg: string): Html {
  const trimmed = svg.trim();
  if (!trimmed.startsWith("<svg") || !trimmed.endsWith("</svg>")) throw new Error("carelens: refusing to insert markup that is not one <svg> element");
  for (const [tag] of trimmed.matchAll(/<[^>]*>/g)) {
    // Quoted attribute values are escaped by vega ("<" and '"' as entities): what is left are names.
    const names = tag.replace(/"[^"]*"|'[^']*'/g, '""');
    if (/^<\/?\s*(?:script|foreignObject|a|iframe|image|use)\b/i.test(names) || /\s(?:on\w+|href|xlink:href|src)\s*=/i.test(names)) {
      throw new Error(`carelens: refusing to insert an SVG with an unexpected tag: ${tag.slice(0, 80)}`);
    }
  }
  return new Html(trimmed);
}

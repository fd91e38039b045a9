/** Test helper. */

/** The strings a pattern of literals, `(?:a|b)` groups and `?` after a group stands for. */
export function expand(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= source.length; i++) {
    const char = source[i];
    if (char === "(") depth++;
    else if (char === ")") depth--;
    else if ((char === "|" && depth === 0) || i === source.length) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  return alternatives.flatMap((alternative) => {
    const open = alternative.indexOf("(?:");
    if (open === -1) return [alternative];
    let depth = 0;
    let close = open;
    for (; close < alternative.length; close++) {
      if (alternative[close] === "(") depth++;
      else if (alternative[close] === ")" && --depth === 0) break;
    }
    const optional = alternative[close + 1] === "?";
    const head = alternative.slice(0, open);
    const tail = alternative.slice(close + (optional ? 2 : 1));
    const inner = expand(alternative.slice(open + 3, close));
    return [...(optional ? [""] : []), ...inner].flatMap((middle) => expand(tail).map((rest) => head + middle + rest));
  });
}

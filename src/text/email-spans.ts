import type { Span } from "./spans.js";

/** The definition: a local part, "@", a domain with 1-8 dots. Linear, but it tries every position. */
export const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g;
const DOMAIN = /[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/y;

/**
 * The e-mail addresses in a text, as {@link EMAIL} finds them, but found from each "@" instead of tried at
 * every character (most tweets hold an @handle and no address): the local part is the run of
 * `[\w.+-]` before the "@" (its last 64 characters, as the regex's leftmost match), the domain is
 * matched where it starts.
 *
 * @example
 * emailSpans("@Acme mail me at ana.b@example.co.uk now"); // => [{ start: 17, end: 36 }]
 */
export function emailSpans(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > from && start > at - 64 && isLocal(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text);
    if (!domain) continue;
    const end = at + 1 + domain[0].length;
    spans.push({ start, end });
    from = end;
    at = end - 1;
  }
  return spans;
}

/** `[\w.+-]`: ASCII letters, digits, underscore, dot, plus, hyphen. */
function isLocal(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 46 || code === 43 || code === 45;
}

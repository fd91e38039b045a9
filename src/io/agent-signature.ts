import { isFirstName } from "../text/first-names.js";

/**
 * Finds the individual agent's signature at the end of a brand reply, as care teams sign tweets:
 * "^MM", "*SR", "/AY", "-JS", "~Brianna", "- Mindy", "^CharlesOpacki", "Thanks.^Kartika". Links and
 * emoji after the signature are skipped ("... ^RR https://t.co/x"). Thread counters such as "1/2" are not
 * signatures. `start`/`end` are the signature's character span in `text`, marker included.
 *
 * @example
 * agentSignature("@105836 Have you tried from another device, Miriam ^MM");
 * // => { agentId: "MM", start: 51, end: 54 }
 * agentSignature("Please DM us. 1/2"); // => undefined
 * agentSignature("See the following link for details. https://t.co/x Sasha")?.agentId; // => "Sasha"
 */
export function agentSignature(text: string): { agentId: string; start: number; end: number } | undefined {
  const end = contentEnd(text);
  // Only the last 40 characters are examined, so the cost is constant whatever the text's length.
  const from = Math.max(0, end - 40);
  const tail = text.slice(from, end);
  // Both patterns end in a letter: most unsigned replies are settled without running them.
  const last = tail.charCodeAt(tail.length - 1) | 32;
  if (!(last >= 97 && last <= 122)) return undefined;
  // The name ends the tail; the marker is just before it, or before the one space or tab after it.
  const match = SIGNATURE.exec(tail);
  if (match) {
    const name = tail.length - match[2]!.length;
    const gap = tail[name - 1] === " " || tail[name - 1] === "\t" ? 1 : 0;
    return { agentId: match[2]!, start: from + name - 1 - gap, end: from + tail.length };
  }
  // A lone first name closing the reply, after a sentence or a link ("... for details. Sasha").
  const bare = BARE_NAME.exec(tail);
  if (bare && isFirstName(bare[1]!)) return { agentId: bare[1]!, start: from + tail.length - bare[1]!.length, end: from + tail.length };
  return undefined;
}

// A marker (^ * / ~ - – —) after a space or a sentence end, an optional space, then initials or a
// capitalised name (CamelCase allowed), at the very end. Bounded repetition only: linear time.
const SIGNATURE = /(?:^|[\s.!?,:;)])([\^*/~\-–—])[ \t]?([A-Z][A-Za-z]{0,23})$/;
const BARE_NAME = /(?:[.!?]|\S{8}\/\S{0,200}|\.\w{2,6})\s{1,3}([A-Z][a-z]{1,15})$/;
const LINK = /^(?:https?:\/\/|www\.|pic\.twitter\.com\/)/;
const DECORATION = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f\u00a0]+$/u;

/** Where the text ends once trailing links, emoji and white space are set aside. */
function contentEnd(text: string): number {
  let end = text.length;
  for (;;) {
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    if (start === end || !mayBeDecoration(text.charCodeAt(start))) return end;
    const token = text.slice(start, end);
    if (!(LINK.test(token) || DECORATION.test(token))) return end;
    end = start;
  }
}

/**
 * False when a token starting with this character is neither a link (they start "h", "w" or "p") nor
 * decoration (no ASCII character is an emoji, a modifier or a joiner): most signatures are settled without
 * slicing the token or running the patterns.
 */
export function mayBeDecoration(code: number): boolean {
  return code >= 128 || code === 104 || code === 119 || code === 112;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;
}

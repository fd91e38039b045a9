import type { Span } from "./spans.js";

/** A compiled list of phrases: finds them case-insensitively at word boundaries. */
export interface PhraseMatcher {
  /** Every match, left to right, without overlaps. */
  find(text: string, from?: number, to?: number): (Span & { text: string })[];
  /** The first match, or undefined. */
  first(text: string, from?: number, to?: number): (Span & { text: string }) | undefined;
}

/**
 * Compiles phrases written by people (word lists in rubric configuration) into one matcher. Each phrase
 * is literal: regex characters are escaped, spaces match any run of white space, and straight and curly
 * apostrophes match each other. Matching is linear in the text's length.
 *
 * @example
 * phrases(["fed up", "we’ll fix"]).first("I'm FED   up, we'll fix it?")?.text; // => "FED   up"
 */
export function phrases(list: readonly string[]): PhraseMatcher {
  return patterns(list.map((phrase) => escapePhrase(phrase.trim())).filter(Boolean));
}

/**
 * Compiles trusted regex fragments (the built-in lexicons) into one matcher, with word boundaries
 * around each. Fragments must use bounded repetition only ({0,3}, not * or +), so matching stays linear.
 *
 * @example
 * patterns(["sorry (?:for|about)"]).first("So sorry about that")?.text; // => "sorry about"
 */
export function patterns(fragments: readonly string[]): PhraseMatcher {
  if (fragments.length === 0) return { find: () => [], first: () => undefined };
  // Word boundaries that also hold for fragments ending in a space or punctuation ("take up to ").
  const source = `(?<![\\p{L}\\p{N}])(?:${fragments.join("|")})(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))`;
  const regex = new RegExp(source, "giu");
  // Curly apostrophes read as straight ones (same length, so spans still index the original text).
  const plain = (text: string, to: number) => {
    const part = to === text.length ? text : text.slice(0, to);
    return part.includes("’") ? part.replaceAll("’", "'") : part;
  };
  const find = (text: string, from = 0, to = text.length) => {
    const out: (Span & { text: string })[] = [];
    const part = plain(text, to);
    regex.lastIndex = from;
    for (let match = regex.exec(part); match; match = regex.exec(part)) {
      out.push({ start: match.index, end: match.index + match[0].length, text: text.slice(match.index, match.index + match[0].length) });
      if (match[0].length === 0) regex.lastIndex++;
    }
    return out;
  };
  return {
    find,
    first(text, from = 0, to = text.length) {
      regex.lastIndex = from;
      const match = regex.exec(plain(text, to));
      return match ? { start: match.index, end: match.index + match[0].length, text: text.slice(match.index, match.index + match[0].length) } : undefined;
    },
  };
}

function escapePhrase(phrase: string): string {
  return phrase
    .replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")
    .replace(/['’]/g, "['’]")
    .replace(/\s+/g, "\\s{1,10}");
}

/**
 * The definition of a lexicon's matches, for tests of the fast matcher: its fragments as one alternation
 * with Unicode word boundaries (the reference compilation, no prefilter), read left to right.
 */

/** The reference regex of a lexicon's fragments, without any prefilter. */
export const definitionRegex = (fragments: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${fragments.join("|")})(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))`, "giu");

/** The definition's matches: the reference regex on the text with straight apostrophes, left to right. */
export function definitionMatches(regex: RegExp, text: string, from = 0, to = text.length): { start: number; end: number; text: string }[] {
  const part = text.replaceAll("’", "'").slice(0, to);
  const out: { start: number; end: number; text: string }[] = [];
  regex.lastIndex = from;
  for (let m = regex.exec(part); m; m = regex.exec(part)) {
    const [start, end] = [m.index, m.index + m[0].length];
    out.push({ start, end, text: text.slice(start, end) });
    if (start === end) regex.lastIndex++;
  }
  return out;
}

/**
 * Lexicon fragments that match a letter repeated ("soooo", "pleeease": `\b\w{0,8}([a-z])\1{3,}\w{0,8}`)
 * are slow to try at every word (the regex engine backtracks through the `\w{0,8}` before it can test
 * the repeat), and almost no text has such a run. A matcher can drop them for a text that has no run of
 * the letter: the other fragments then find exactly what the whole alternation would (the dropped
 * fragments could not match there), as long as no other fragment has a capture group or back-reference
 * (whose numbering the removal would shift).
 */

/** `\b\w{0,n}([a-z])\1{k,}\w{0,n}`, the leading `\b` and the `\w{0,n}` on either side optional. */
const LETTER_RUN = /^(?:\\b)?(?:\\w\{0,\d{1,3}\})?\(\[a-z\]\)\\1\{(\d{1,3}),\}(?:\\w\{0,\d{1,3}\})?$/;
/** A group that captures (not `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`), counting escaped "\(" to be safe. */
const CAPTURE = /\((?!\?(?::|=|!|<=|<!))/;
const BACK_REFERENCE = /\\[1-9]|\\k</;

/**
 * The fragments without their letter-run fragments, and the shortest run those need (the letter and its
 * repeats), or undefined when there are none or removing them is not safe.
 *
 * @example
 * splitLetterRuns(["surely", "\\b\\w{0,8}([a-z])\\1{3,}\\w{0,8}"]); // => { rest: ["surely"], run: 4 }
 * splitLetterRuns(["surely"]); // => undefined
 */
export function splitLetterRuns(fragments: readonly string[]): { rest: string[]; run: number } | undefined {
  const rest: string[] = [];
  let run = Infinity;
  for (const fragment of fragments) {
    const shape = LETTER_RUN.exec(fragment);
    if (shape) run = Math.min(run, Number(shape[1]) + 1);
    else if (CAPTURE.test(fragment) || BACK_REFERENCE.test(fragment)) return undefined;
    else rest.push(fragment);
  }
  // With several run fragments, each one's \1 would not refer to its own group: leave such lists whole.
  if (run === Infinity || fragments.length - rest.length > 1 || rest.length === 0) return undefined;
  return { rest, run };
}

/**
 * Literals one of which every run of `run` letters holds (A-Z read as a-z): each letter repeated, cut to
 * 8 characters (a longer run holds its first 8). A literal gate over them tells, in the scan it makes
 * anyway, whether a text holds a run.
 *
 * @example
 * letterRunLiterals(4).slice(0, 2); // => ["aaaa", "bbbb"]
 */
export function letterRunLiterals(run: number): string[] {
  return Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(Math.min(run, 8)));
}

/**
 * Whether `text[from..]` holds an ASCII letter followed by at least `run - 1` copies of it, in either case
 * (what `([a-z])\1{k,}` matches with the `i` flag and without `u`).
 *
 * @example
 * hasLetterRun("so goOOod", 0, 4); // => true
 * hasLetterRun("good", 0, 4); // => false
 */
export function hasLetterRun(text: string, from: number, run: number): boolean {
  let length = 0;
  let previous = -1;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code >= 97 && code <= 122 && code === previous) {
      if (++length >= run) return true;
    } else {
      length = 1;
      previous = code >= 97 && code <= 122 ? code : -1;
    }
  }
  return false;
}

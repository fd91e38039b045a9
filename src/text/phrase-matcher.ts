import { letterRunLiterals, splitLetterRuns } from "./letter-runs.js";
import { literalGate, literalGates, type LiteralGate, type LiteralGates } from "./literal-gate.js";
import { requiredLiteralsEach } from "./required-literals.js";
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
  // Rubrics call this with their configured list for every message: each list is compiled once.
  const key = JSON.stringify(list);
  let matcher = compiledPhrases.get(key);
  if (!matcher) {
    if (compiledPhrases.size >= 1000) compiledPhrases.clear();
    compiledPhrases.set(key, (matcher = patterns(list.map((phrase) => escapePhrase(phrase.trim())).filter(Boolean))));
  }
  return matcher;
}

const compiledPhrases = new Map<string, PhraseMatcher>();

/**
 * Compiles trusted regex fragments (the built-in lexicons) into one matcher, with word boundaries
 * around each. Fragments must use bounded repetition only ({0,3}, not * or +), so matching stays linear.
 *
 * Two compilations give the same matches: the reference one tests boundaries with Unicode letters and
 * digits (`\p{L}`, `\p{N}`, which needs the `u` flag), the fast one (the default) runs without the `u`
 * flag, 3-5x faster in V8, with ASCII boundaries, and checks in code the rare match next to a non-ASCII
 * character. {@link useReferenceMatching} switches to the reference (the benchmark compares the two).
 * The fast one also leaves out a slow letter-run fragment ("soooo") for texts without such a run
 * (letter-runs.ts), skips the regex on a text that holds none of the literals one of which any
 * match must contain (required-literals.ts, checked for all lexicons at once by literal-gate.ts), and
 * when only a few fragments' own literals occur, runs those fragments one by one instead of the whole
 * alternation (the leftmost match, the first fragment in order there): none of these changes a match.
 *
 * @example
 * patterns(["sorry (?:for|about)"]).first("So sorry about that")?.text; // => "sorry about"
 */
export function patterns(fragments: readonly string[]): PhraseMatcher {
  if (fragments.length === 0) return { find: () => [], first: () => undefined };
  const body = fragments.join("|");
  // Word boundaries that also hold for fragments ending in a space or punctuation ("take up to ").
  const reference = new RegExp(`(?<!${WORD})(?:${body})(?:(?<!${WORD})|(?!${WORD}))`, "giu");
  const fastRegex = (alternatives: string) => new RegExp(`(?<![a-z0-9])(?:${alternatives})(?:(?<![a-z0-9])|(?![a-z0-9]))`, "gi");
  const fast = UNICODE_ONLY.test(body) ? undefined : fastRegex(body);
  // Without its slow letter-run fragment, for the texts that hold no such run (see letter-runs.ts).
  const runs = fast && splitLetterRuns(fragments);
  const withoutRuns = runs && fastRegex(runs.rest.join("|"));
  // The regex runs only on texts that hold one of the literals its matches need, and when only a few
  // of its fragments may match (their own literals), those fragments run one by one instead of the
  // whole alternation, which tries every fragment at every word (literal-gate.ts). The fragments are
  // all of them, or those without the letter-run fragment: a text with a run runs the whole regex (the
  // run fragment's literals, single letters, would make every letter of every scan a hit to record).
  const list = runs && withoutRuns ? runs.rest : fragments;
  // A back-reference counts the groups of the fragments before it: such fragments do not run alone.
  const oneByOne = list.some((fragment) => BACK_REFERENCE.test(fragment)) ? 0 : ONE_BY_ONE;
  // Made now, so that the lexicons' gates share one build of the automaton; their literals are derived
  // then (a program that imports the lexicons but matches little pays nothing). `run` tells whether
  // the text holds a letter run, from the same scan.
  const gates = fast && {
    each: literalGates(() => requiredLiteralsEach(list), list.length),
    run: runs && withoutRuns ? literalGate(letterRunLiterals(runs.run)) : undefined,
  };
  /** Each fragment's fast regex, made when first needed. */
  const single: (RegExp | undefined)[] = [];
  /** The fragments that may match the current text: `chosen[0 .. chosenCount]`, and each one's next match. */
  const chosen = new Int32Array(list.length);
  let chosenCount = 0;
  const ahead: (RegExpExecArray | null | undefined)[] = [];
  // The regex to run, `null` to run the chosen fragments one by one, undefined when the text cannot hold
  // a match. The gates read the whole text (with straight apostrophes; a part of it holds no literal
  // the whole lacks), the same string for every lexicon, so it is scanned once.
  const regexFor = (full: string): RegExp | null | undefined => {
    if (referenceMatching || !gates) return reference;
    // (A run before `from` keeps the letter-run fragment: it cannot match there either way.)
    if (gates.run?.mayMatch(full)) return fast;
    chosenCount = gates.each.mayMatch(full, chosen);
    if (chosenCount === 0) return undefined;
    if (chosenCount > oneByOne) return withoutRuns || fast;
    for (let j = 0; j < chosenCount; j++) ahead[j] = undefined;
    return null;
  };
  // A fast match next to a non-ASCII letter or digit may be one the definition refuses (ASCII
  // boundaries), and a later alternative may match at the same place: the reference decides from
  // there (no position before it can match: its boundaries are stricter), and the search goes on after
  // its match (`reference.lastIndex`).
  const checked = (match: RegExpExecArray, part: string): RegExpExecArray | null => {
    if (unicodeBoundaries(part, match.index, match.index + match[0].length)) return match;
    reference.lastIndex = match.index;
    return reference.exec(part);
  };
  // The next match from `from`: the whole regex's (its `lastIndex` then where to go on), or the
  // chosen fragments' leftmost, the first in fragment order at that place (what their alternation
  // finds: the others cannot match in this text).
  const next = (regex: RegExp | null, part: string, from: number): RegExpExecArray | null => {
    if (regex) {
      regex.lastIndex = from;
      const match = regex.exec(part);
      return regex === reference || !match ? match : checked(match, part);
    }
    let first: RegExpExecArray | null = null;
    for (let j = 0; j < chosenCount; j++) {
      let match = ahead[j];
      // A match found from an earlier place at or after `from` is the one from `from`; none then, none now.
      if (match === undefined || (match !== null && match.index < from)) {
        const k = chosen[j]!;
        const one = (single[k] ??= fastRegex(list[k]!));
        one.lastIndex = from;
        ahead[j] = match = one.exec(part);
      }
      if (match && (!first || match.index < first.index)) first = match;
    }
    return first && checked(first, part);
  };
  /** Where the search goes on after `match`, found by `next`. */
  const after = (match: RegExpExecArray): number => {
    const end = match.index + match[0].length;
    return match[0].length === 0 ? end + 1 : end;
  };
  const span = (text: string, match: RegExpExecArray) => ({ start: match.index, end: match.index + match[0].length, text: text.slice(match.index, match.index + match[0].length) });
  return {
    find(text, from = 0, to = text.length) {
      const out: (Span & { text: string })[] = [];
      const full = straightApostrophes(text);
      const regex = regexFor(full);
      if (regex === undefined) return out;
      const part = to === text.length ? full : full.slice(0, to);
      for (let match = next(regex, part, from); match; match = next(regex, part, after(match))) out.push(span(text, match));
      return out;
    },
    first(text, from = 0, to = text.length) {
      const full = straightApostrophes(text);
      const regex = regexFor(full);
      if (regex === undefined) return undefined;
      const part = to === text.length ? full : full.slice(0, to);
      const match = next(regex, part, from);
      return match ? span(text, match) : undefined;
    },
  };
}

/** Fragments that may match, past which the whole alternation runs instead of each on its own. */
const ONE_BY_ONE = 8;
const BACK_REFERENCE = /\\[1-9]|\\k</;

let referenceMatching = false;

// The lexicons of a rubric run one after another on the same text: the last conversion is kept.
let lastText = "";
let lastPlain = "";

/** Curly apostrophes read as straight ones (same length, so spans still index the original text). */
function straightApostrophes(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastPlain = text.includes("’") ? text.replaceAll("’", "'") : text;
  }
  return lastPlain;
}

/**
 * Makes every matcher use its reference compilation (Unicode word boundaries, `u` flag) instead of the
 * fast one, or back. Both find the same matches; the benchmark checks it on the real exports.
 *
 * @example
 * useReferenceMatching(true);  // slower, the definition
 * useReferenceMatching(false); // the default
 */
export function useReferenceMatching(on: boolean): void {
  referenceMatching = on;
}

const WORD = "[\\p{L}\\p{N}]";
const UNICODE_WORD = /^[\p{L}\p{N}]$/u;
/** Fragments that only mean what they say with the `u` flag. */
const UNICODE_ONLY = /\\[pP]\{|\\u\{/;

/**
 * Whether a match the ASCII-boundary regex found also has Unicode word boundaries: nothing to check
 * when the characters around it are ASCII (the regex checked them), else the code points are tested.
 */
function unicodeBoundaries(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (before >= 0x80 && isWordBefore(text, start)) return false;
  const after = end < text.length ? text.charCodeAt(end) : 0;
  const last = end > start ? text.charCodeAt(end - 1) : 0;
  if (after < 0x80 && last < 0x80) return true;
  return !(isWordBefore(text, end) && isWordAt(text, end));
}

function isWordBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const unit = text.charCodeAt(index - 1);
  const point = unit >= 0xdc00 && unit <= 0xdfff && index > 1 ? text.codePointAt(index - 2)! : unit;
  return UNICODE_WORD.test(String.fromCodePoint(point));
}

function isWordAt(text: string, index: number): boolean {
  return index < text.length && UNICODE_WORD.test(String.fromCodePoint(text.codePointAt(index)!));
}

function escapePhrase(phrase: string): string {
  return phrase
    .replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")
    .replace(/['’]/g, "['’]")
    .replace(/\s+/g, "\\s{1,10}");
}

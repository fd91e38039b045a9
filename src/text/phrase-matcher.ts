import { letterRunLiterals, splitLetterRuns } from "./letter-runs.js";
import { literalGate, type LiteralGate } from "./literal-gate.js";
import { requiredLiterals } from "./required-literals.js";
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
 * (letter-runs.ts), and skips the regex on a text that holds none of the literals one of which any
 * match must contain (required-literals.ts, checked for all lexicons at once by literal-gate.ts):
 * neither can change a match.
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
  // The regex runs only on texts that hold one of the literals its matches need (all the fragments',
  // or without the letter-run fragment when the text has no run; a text with a run may match, and the
  // run fragment's literals, single letters, would make every letter of every scan a hit to record).
  const gateOf = (list: readonly string[]): LiteralGate | undefined => {
    const literals = requiredLiterals(list);
    return literals && literalGate(literals);
  };
  // Derived on first use (a program that imports the lexicons but matches little pays nothing). `run`
  // tells whether the text holds a letter run, from the same scan.
  let gates: { all?: LiteralGate | undefined; rest?: LiteralGate | undefined; run?: LiteralGate } | undefined;
  // Undefined when the text cannot hold a match. The gates read the whole text (with straight
  // apostrophes; a part of it holds no literal the whole lacks), the same string for every lexicon, so
  // it is scanned once.
  const regexFor = (full: string): RegExp | undefined => {
    if (referenceMatching || !fast) return reference;
    if (runs && withoutRuns) {
      gates ??= { rest: gateOf(runs.rest), run: literalGate(letterRunLiterals(runs.run)) };
      // (A run before `from` keeps the letter-run fragment: it cannot match there either way.)
      if (gates.run!.mayMatch(full)) return fast;
      return !gates.rest || gates.rest.mayMatch(full) ? withoutRuns : undefined;
    }
    gates ??= { all: gateOf(fragments) };
    return !gates.all || gates.all.mayMatch(full) ? fast : undefined;
  };
  const next = (regex: RegExp, part: string): RegExpExecArray | null => {
    const match = regex.exec(part);
    if (regex === reference || !match || unicodeBoundaries(part, match.index, match.index + match[0].length)) return match;
    // Next to a non-ASCII letter or digit the ASCII boundaries let through a match the definition
    // refuses, and a later alternative may match at the same place: the reference decides from here (no
    // position before it can match: its boundaries are stricter), then the fast regex goes on after it.
    reference.lastIndex = match.index;
    const exact = reference.exec(part);
    if (exact) regex.lastIndex = reference.lastIndex;
    return exact;
  };
  const span = (text: string, match: RegExpExecArray) => ({ start: match.index, end: match.index + match[0].length, text: text.slice(match.index, match.index + match[0].length) });
  return {
    find(text, from = 0, to = text.length) {
      const out: (Span & { text: string })[] = [];
      const full = straightApostrophes(text);
      const regex = regexFor(full);
      if (!regex) return out;
      const part = to === text.length ? full : full.slice(0, to);
      regex.lastIndex = from;
      for (let match = next(regex, part); match; match = next(regex, part)) {
        out.push(span(text, match));
        if (match[0].length === 0) regex.lastIndex++;
      }
      return out;
    },
    first(text, from = 0, to = text.length) {
      const full = straightApostrophes(text);
      const regex = regexFor(full);
      if (!regex) return undefined;
      const part = to === text.length ? full : full.slice(0, to);
      regex.lastIndex = from;
      const match = next(regex, part);
      return match ? span(text, match) : undefined;
    },
  };
}

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

import { ahoCorasick } from "./aho-corasick.js";
import { requiredLiterals } from "./required-literals.js";
import type { Span } from "./spans.js";

/**
 * For each sentence of a text, the lexicons that may match within it: lexicon `i` (bit `1 << i`) may
 * match in a sentence only when one of its required literals (required-literals.ts) lies wholly
 * inside the sentence, since every match of the lexicon's fast regex holds one inside the match. One
 * Aho-Corasick pass over the text serves every lexicon and sentence, so a lexicon's regex need not run
 * on the sentences that cannot hold a match (the literal gate of phrase-matcher.ts answers for the
 * whole text only). The text is read as the matchers read it: A-Z as a-z, "’" as "'". A lexicon with
 * no required literals may match anywhere. At most 31 lexicons; `sentences` in text order, not
 * overlapping.
 *
 * @example
 * const masks = sentenceLiterals([["sorry (?:for|about)"], ["let us know"]]);
 * masks("Sorry about that. Let us know.", [{ start: 0, end: 17 }, { start: 18, end: 30 }]); // => [1, 2]
 */
export function sentenceLiterals(lexicons: readonly (readonly string[])[]): (text: string, sentences: readonly Span[]) => number[] {
  if (lexicons.length > 31) throw new RangeError("sentenceLiterals: at most 31 lexicons");
  // Built on first use: a program that imports the lexicons but never reads acts pays nothing.
  let automaton: Automaton | undefined;
  let always = 0;
  return (text, sentences) => {
    if (!automaton) {
      const sets = lexicons.map((list) => requiredLiterals(list));
      sets.forEach((set, slot) => {
        if (!set) always |= 1 << slot;
      });
      automaton = build(sets.map((set) => set ?? []));
    }
    const masks: number[] = new Array<number>(sentences.length).fill(always);
    if (sentences.length > 0) mark(automaton, text, sentences, masks);
    return masks;
  };
}

interface Automaton {
  /** Character code (0-127, A-Z as a-z) to its column; 0 for characters in no literal. */
  column: Uint8Array;
  width: number;
  /**
   * `next[state * width + column]`: the next state times two, plus one when literals end in it (a small
   * table: it is read for every character, and the bit spares most characters a read of `outStart`).
   */
  next: Uint16Array;
  /** The literals ending in a state, as (slot, length) pairs: `outSlot/outLength[outStart[state] .. outStart[state + 1]]`. */
  outStart: Int32Array;
  outSlot: Int32Array;
  outLength: Int32Array;
}

function build(sets: readonly (readonly string[])[]): Automaton {
  const { column, width, states, target, ends } = ahoCorasick(sets);
  if (states > 0x7fff) throw new RangeError("sentenceLiterals: too many literals");
  const outStart = new Int32Array(states + 1);
  const outSlot: number[] = [];
  const outLength: number[] = [];
  for (let state = 0; state < states; state++) {
    outStart[state] = outSlot.length;
    for (const [slot, length] of ends[state]!) {
      outSlot.push(slot);
      outLength.push(length);
    }
  }
  outStart[states] = outSlot.length;
  const next = Uint16Array.from(target, (to) => to * 2 + (outStart[to + 1]! > outStart[to]! ? 1 : 0));
  return { column, width, next, outStart, outSlot: Int32Array.from(outSlot), outLength: Int32Array.from(outLength) };
}

/** Sets in `masks[k]` the bits of the lexicons one of whose literals lies within sentence k. */
function mark(automaton: Automaton, text: string, sentences: readonly Span[], masks: number[]): void {
  const { column, width, next, outStart, outSlot, outLength } = automaton;
  const last = sentences[sentences.length - 1]!.end;
  let k = 0;
  let state = 0;
  for (let i = sentences[0]!.start; i < last; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code |= 0x20;
    else if (code >= 128) code = code === 0x2019 ? 39 : code === 0x17f ? 115 : code === 0x212a ? 107 : 0;
    const step = next[state * width + column[code]!]!;
    state = step >>> 1;
    if ((step & 1) === 0) continue;
    const first = outStart[state]!;
    const stop = outStart[state + 1]!;
    const end = i + 1;
    while (k < sentences.length && sentences[k]!.end < end) k++;
    const sentence = sentences[k]!;
    for (let o = first; o < stop; o++) {
      if (end - outLength[o]! >= sentence.start) masks[k] = masks[k]! | (1 << outSlot[o]!);
    }
  }
}

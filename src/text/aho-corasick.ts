/**
 * The Aho-Corasick automaton over sets of lowercase ASCII literals, shared by the literal gate (which
 * lexicons may match a text) and the per-sentence literal masks of the dialogue acts: one pass over a
 * text finds every literal of every set.
 */

/** A built automaton, before each user packs its tables for its own scan. */
export interface AhoCorasick {
  /** Character code (0-127, A-Z as a-z) to its column; 0 for characters in no literal (back to the root). */
  column: Uint8Array;
  /** Columns per state: one per character that occurs in a literal, and column 0. */
  width: number;
  /** States; state 0 is the root. */
  states: number;
  /** `target[state * width + column]`: the next state. */
  target: Int32Array;
  /** Per state, the sets (by index) one of whose literals ends there, each with its shortest such literal's length. */
  ends: Map<number, number>[];
}

/**
 * Builds the automaton of `sets` (literals lowercase ASCII, upper case never occurs in them).
 *
 * @example
 * const { target, width, column, ends } = ahoCorasick([["sorry"], ["ry"]]);
 * let state = 0;
 * for (const char of "sorry") state = target[state * width + column[char.charCodeAt(0)]!]!;
 * [...ends[state]!]; // => [[0, 5], [1, 2]]
 */
export function ahoCorasick(sets: readonly (readonly string[])[]): AhoCorasick {
  const column = new Uint8Array(128);
  let columns = 0;
  for (const set of sets) for (const literal of set) for (const char of literal) if (!column[char.charCodeAt(0)]) column[char.charCodeAt(0)] = ++columns;
  // The trie: children per state (by column), the sets whose literals end there.
  const children: Map<number, number>[] = [new Map()];
  const ends: Map<number, number>[] = [new Map()];
  sets.forEach((set, slot) => {
    for (const literal of set) {
      let state = 0;
      for (const char of literal) {
        const c = column[char.charCodeAt(0)]!;
        let child = children[state]!.get(c);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push(new Map());
          children[state]!.set(c, child);
        }
        state = child;
      }
      const shortest = ends[state]!.get(slot);
      if (shortest === undefined || literal.length < shortest) ends[state]!.set(slot, literal.length);
    }
  });
  // Breadth first: each state's failure state, its full transition row, and the literals it reports
  // (those ending in its failure state end here too, and are shorter).
  const states = children.length;
  const width = columns + 1;
  const target = new Int32Array(states * width);
  const fail = new Int32Array(states);
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    if (state !== 0) {
      for (const [slot, length] of ends[fail[state]!]!) {
        const own = ends[state]!.get(slot);
        if (own === undefined || length < own) ends[state]!.set(slot, length);
      }
    }
    for (let c = 1; c <= columns; c++) {
      const child = children[state]!.get(c);
      const fallback = state === 0 ? 0 : target[fail[state]! * width + c]!;
      if (child === undefined) target[state * width + c] = fallback;
      else {
        target[state * width + c] = child;
        fail[child] = fallback;
        queue.push(child);
      }
    }
  }
  return { column, width, states, target, ends };
}

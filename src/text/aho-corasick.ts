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
  const endsByTrie: Map<number, number>[] = [new Map()];
  sets.forEach((set, slot) => {
    for (const literal of set) {
      let state = 0;
      for (const char of literal) {
        const c = column[char.charCodeAt(0)]!;
        let child = children[state]!.get(c);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          endsByTrie.push(new Map());
          children[state]!.set(c, child);
        }
        state = child;
      }
      const shortest = endsByTrie[state]!.get(slot);
      if (shortest === undefined || literal.length < shortest) endsByTrie[state]!.set(slot, literal.length);
    }
  });
  // States numbered breadth first (the root, the states one character deep, then two ...): a scan
  // spends most of its steps in the shallow states, whose rows then share a few cache lines.
  const order: number[] = [0];
  const renumbered = new Int32Array(children.length);
  for (let head = 0; head < order.length; head++) {
    for (let c = 1; c <= columns; c++) {
      const child = children[order[head]!]!.get(c);
      if (child !== undefined) {
        renumbered[child] = order.length;
        order.push(child);
      }
    }
  }
  const trie = order.map((old) => new Map([...children[old]!].map(([c, child]) => [c, renumbered[child]!])));
  const ends = order.map((old) => endsByTrie[old]!);
  // Breadth first: each state's failure state, its full transition row, and the literals it reports
  // (those ending in its failure state end here too, and are shorter).
  const states = children.length;
  const width = columns + 1;
  const target = new Int32Array(states * width);
  const fail = new Int32Array(states);
  // (In breadth-first order, each state's failure state, shallower, is done before it.)
  for (let state = 0; state < states; state++) {
    if (state !== 0) {
      for (const [slot, length] of ends[fail[state]!]!) {
        const own = ends[state]!.get(slot);
        if (own === undefined || length < own) ends[state]!.set(slot, length);
      }
    }
    for (let c = 1; c <= columns; c++) {
      const child = trie[state]!.get(c);
      const fallback = state === 0 ? 0 : target[fail[state]! * width + c]!;
      if (child === undefined) target[state * width + c] = fallback;
      else {
        target[state * width + c] = child;
        fail[child] = fallback;
      }
    }
  }
  return { column, width, states, target, ends };
}

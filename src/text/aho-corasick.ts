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
  let characters = 0;
  // The trie has at most one state per character of the distinct literals (sets often share literals:
  // a lexicon's "any fragment" set holds all its fragments' ones), and its table one row per state.
  const distinct = new Set<string>();
  for (const set of sets) for (const literal of set) distinct.add(literal);
  for (const literal of distinct) {
    characters += literal.length;
    for (let i = 0; i < literal.length; i++) if (!column[literal.charCodeAt(i)]) column[literal.charCodeAt(i)] = ++columns;
  }
  const width = columns + 1;
  // The trie, one row of children per state (0: none; the root is never a child), in typed arrays: a
  // rebuild of the gate's automaton (thousands of states) takes milliseconds, not a tenth of a second.
  const children = new Int32Array((characters + 1) * width);
  let count = 1;
  /** Per trie state, the sets one of whose literals ends there, with that set's shortest such literal. */
  const own = new Map<number, Map<number, number>>();
  sets.forEach((set, slot) => {
    for (const literal of set) {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const at = state * width + column[literal.charCodeAt(i)]!;
        if (children[at] === 0) children[at] = count++;
        state = children[at]!;
      }
      let ending = own.get(state);
      if (!ending) own.set(state, (ending = new Map()));
      const shortest = ending.get(slot);
      if (shortest === undefined || literal.length < shortest) ending.set(slot, literal.length);
    }
  });
  // States numbered breadth first (the root, the states one character deep, then two ...): a scan
  // spends most of its steps in the shallow states, whose rows then share a few cache lines.
  const states = count;
  const order = new Int32Array(states);
  const renumbered = new Int32Array(states);
  for (let head = 0, tail = 1; head < tail; head++) {
    const row = order[head]! * width;
    for (let c = 1; c < width; c++) {
      const child = children[row + c]!;
      if (child !== 0) {
        renumbered[child] = tail;
        order[tail++] = child;
      }
    }
  }
  // Breadth first: each state's failure state (shallower, so done before it), its full transition
  // row, and the literals it reports (those ending in its failure state end here too, and are shorter).
  const target = new Int32Array(states * width);
  const fail = new Int32Array(states);
  const ends: Map<number, number>[] = new Array<Map<number, number>>(states);
  for (let state = 0; state < states; state++) {
    const mine = own.get(order[state]!);
    const inherited = state === 0 ? undefined : ends[fail[state]!]!;
    if (inherited && inherited.size > 0) {
      const merged = new Map(mine);
      for (const [slot, length] of inherited) {
        const shortest = merged.get(slot);
        if (shortest === undefined || length < shortest) merged.set(slot, length);
      }
      ends[state] = merged;
    } else ends[state] = mine ?? new Map();
    const row = order[state]! * width;
    for (let c = 1; c < width; c++) {
      const child = children[row + c]!;
      const fallback = state === 0 ? 0 : target[fail[state]! * width + c]!;
      if (child === 0) target[state * width + c] = fallback;
      else {
        target[state * width + c] = renumbered[child]!;
        fail[renumbered[child]!] = fallback;
      }
    }
  }
  return { column, width, states, target, ends };
}

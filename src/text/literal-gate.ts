/**
 * Which lexicons may match a text, for all lexicons in one pass over it: every gate's literals (see
 * required-literals.ts) go into one Aho-Corasick automaton; a text is scanned once (the lexicons of a
 * rubric run one after another on the same text) and each gate then answers in constant time.
 *
 * Gates made after the automaton was built are added at the next rebuild. Rebuilds are spaced out
 * (each waits for twice as many queries of new gates as the one before, from 64 up to 4096), so a
 * program that keeps making gates pays a bounded share for them; until its rebuild a gate answers "may
 * match". Gates no longer referenced are dropped at the next rebuild.
 */

import { ahoCorasick } from "./aho-corasick.js";

/** Answers whether a text may hold a match: false only when it holds none of the gate's literals. */
export interface LiteralGate {
  /** False when no literal of the gate occurs in `text` (A-Z read as a-z): no match is possible. */
  mayMatch(text: string): boolean;
}

interface Entry {
  /** The gate's sets of literals, one slot each, in consecutive slots (derived when first built, then kept). */
  readonly sets: () => readonly (readonly string[])[];
  /** Gives the gate the place of its first set in the new automaton. */
  readonly place: (slot: number) => void;
}

/** Answers, for each of several sets of literals, whether a text holds one of the set's literals. */
export interface LiteralGates {
  /**
   * Writes to `out` the indexes, in order, of the sets that may hold a match in `text` (every set while
   * the gate waits for its rebuild, and always those given as undefined), and returns how many.
   */
  mayMatch(text: string, out: Int32Array): number;
}

/**
 * One gate per set of lowercase ASCII literals (undefined, or a set with an empty or non-ASCII literal:
 * that set always "may match"), all answered from the same scan of a text as {@link literalGate}'s.
 * A lexicon gives one set per fragment, so that it can run only the fragments that may match. The
 * sets (`count` of them) are derived by `derive` when the automaton is next built, with every other
 * gate made by then: making gates costs nothing until texts are scanned, and the gates a program
 * makes at start (its lexicons) share one build.
 *
 * @example
 * const gates = literalGates(() => [["sorry"], undefined, ["thank"]], 3);
 * const out = new Int32Array(3);
 * gates.mayMatch("So sorry", out); // => 2, out starts [0, 1] (3 while the gates wait for their rebuild)
 */
export function literalGates(derive: () => readonly (readonly string[] | undefined)[], count: number): LiteralGates {
  let always = new Uint8Array(count);
  let never = false;
  // Slot `slot` tells whether the text holds a literal of any set (most texts hold none: answered
  // without reading every set's slot; unused when a set always may match), each set's follows it.
  let slot = -1;
  let prepared: (readonly string[])[] | undefined;
  const sets = (): (readonly string[])[] => (prepared ??= prepare());
  const prepare = (): (readonly string[])[] => {
    const derived = derive();
    if (derived.length !== count) throw new RangeError("literalGates: derive() gave another number of sets");
    always = Uint8Array.from(derived, (set) => (!set || set.length === 0 || set.some((literal) => literal === "" || /[^\x00-\x7f]/.test(literal)) ? 1 : 0));
    const any = always.includes(1) ? [] : [...new Set(derived.flat() as string[])];
    never = any.length > 0;
    return [any, ...derived.map((set, k) => (always[k] ? [] : set!))];
  };
  const gates: LiteralGates = {
    mayMatch(text, out) {
      if (slot < 0) {
        if (++waited < rebuildAfter) {
          for (let k = 0; k < count; k++) out[k] = k;
          return count;
        }
        rebuild();
      }
      if (text !== scanned) recall(text);
      if (never && hits[slot] === 0) return 0;
      let found = 0;
      for (let k = 0, at = slot + 1; k < count; k++, at++) if ((always[k]! | hits[at]!) === 1) out[found++] = k;
      return found;
    },
  };
  entries.set(gates, { sets, place: (at) => (slot = at) });
  registry.push(new WeakRef(gates));
  return gates;
}

/**
 * A gate for a set of lowercase ASCII literals (a gate with an empty or non-ASCII literal always answers
 * "may match").
 *
 * @example
 * const gate = literalGate(["sorry", "apolog"]);
 * gate.mayMatch("So SORRY!"); // => true
 * gate.mayMatch("Thanks"); // => false (true while the gate waits for its rebuild: see above)
 */
export function literalGate(literals: readonly string[]): LiteralGate {
  if (literals.some((literal) => literal === "" || /[^\x00-\x7f]/.test(literal))) return { mayMatch: () => true };
  // Its place in the current automaton, or -1 while it waits for the next rebuild. (A variable the
  // rebuild sets through `place`: a bundler's tree shaking cannot mistake it for a constant, as it can a
  // property of an object only reached through a WeakRef.)
  let slot = -1;
  const gate: LiteralGate = {
    mayMatch(text) {
      if (slot < 0) {
        if (++waited < rebuildAfter) return true;
        rebuild();
      }
      if (text !== scanned) recall(text);
      return hits[slot] === 1;
    },
  };
  // The registry holds the gate weakly; the gate keeps its entry alive (through the WeakMap).
  entries.set(gate, { sets: () => [literals], place: (at) => (slot = at) });
  registry.push(new WeakRef(gate));
  return gate;
}

const registry: WeakRef<object>[] = [];
const entries = new WeakMap<object, Entry>();
/** Queries answered "may match" by gates not yet built since the last rebuild, and when to rebuild. */
let waited = 0;
// The first build waits for a few queries, by when a program has usually made all its gates.
let rebuildAfter = 64;
/** The longest wait: a program that keeps making gates pays one rebuild per this many queries. */
const MAX_WAIT = 4096;

interface Automaton {
  /** Character code (0-127, A-Z as a-z) to its column, 0 for characters in no literal (and others). */
  column: Uint8Array;
  /** Columns per state: one per character that occurs in a literal, and column 0 (back to the root). */
  width: number;
  /**
   * `next[state * width + column]`: the next state `s`, as `2 * s + 1` when some literal ends in it, else
   * `2 * s`. 16 bits per entry while the states allow (the table is read for every character: the
   * smaller, the fewer cache misses).
   */
  next: Uint16Array | Uint32Array;
  /** The slots whose literals end in a state: `slots[outStart[state] .. outStart[state + 1]]`. */
  outStart: Int32Array;
  slots: Int32Array;
}

let automaton: Automaton | undefined;
/**
 * The last few texts scanned (callers go back and forth between a message and its parts), and for
 * each, which slots' literals it holds (`1`); `scanned` and `hits` are the current one's.
 */
const RECENT = 4;
let recentTexts: string[] = [];
let recentHits: Uint8Array[] = [];
let oldest = 0;
let scanned: string | undefined;
let hits: Uint8Array = new Uint8Array(0);
let slotCount = 0;

function rebuild(): void {
  const live: (readonly string[])[] = [];
  for (let i = 0; i < registry.length; ) {
    const gate = registry[i]!.deref();
    const entry = gate && entries.get(gate);
    if (entry) {
      entry.place(live.length);
      live.push(...entry.sets());
      i++;
    } else registry.splice(i, 1);
  }
  automaton = build(live);
  slotCount = live.length;
  recentTexts = [];
  recentHits = [];
  oldest = 0;
  scanned = undefined;
  waited = 0;
  rebuildAfter = Math.min(rebuildAfter * 2, MAX_WAIT);
}

function build(sets: readonly (readonly string[])[]): Automaton {
  const { column, width, states, target, ends } = ahoCorasick(sets);
  const next = states <= 0x8000 ? new Uint16Array(target.length) : new Uint32Array(target.length);
  for (let i = 0; i < target.length; i++) next[i] = 2 * target[i]! + (ends[target[i]!]!.size > 0 ? 1 : 0);
  const outStart = new Int32Array(states + 1);
  const slots: number[] = [];
  for (let state = 0; state < states; state++) {
    outStart[state] = slots.length;
    for (const slot of ends[state]!.keys()) slots.push(slot);
  }
  outStart[states] = slots.length;
  return { column, width, next, outStart, slots: Int32Array.from(slots) };
}

/** Makes `text` the current one: one of the recent texts, or scanned in place of the oldest. */
function recall(text: string): void {
  for (let i = 0; i < recentTexts.length; i++) {
    if (recentTexts[i] === text) {
      scanned = text;
      hits = recentHits[i]!;
      return;
    }
  }
  const at = oldest;
  oldest = (oldest + 1) % RECENT;
  recentTexts[at] = text;
  recentHits[at] = hits = scan(text, recentHits[at]?.fill(0) ?? new Uint8Array(slotCount));
  scanned = text;
}

/** Marks in `hits` (all 0) the slots whose literals occur in `text`. */
function scan(text: string, hits: Uint8Array): Uint8Array {
  const { column, width, next, outStart, slots } = automaton!;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code |= 0x20;
    const step = next[state * width + (code < 128 ? column[code]! : 0)]!;
    state = step >>> 1;
    if (step & 1) for (let k = outStart[state]!, end = outStart[state + 1]!; k < end; k++) hits[slots[k]!] = 1;
  }
  return hits;
}

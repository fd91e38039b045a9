/**
 * Necessary literals of a lexicon (the prefilter of RE2 and Google's codesearch): from each regex
 * fragment, strings one of which occurs in every text the fragment matches. A matcher can skip its regex
 * on a text that holds none of them. The derivation must never miss a literal (a skipped text that had a
 * match would lose it); running the regex when not needed only costs time.
 *
 * Literals are lowercase ASCII. The matchers run without the `u` flag, where case-insensitive matching
 * never pairs an ASCII character with a non-ASCII one, so a text holds a literal when its characters,
 * with A-Z lowercased, contain it. Anything the derivation does not know (a non-ASCII character, `\w`,
 * `\s`, `.`, a back-reference, syntax it does not parse) counts as "any character" or "any string",
 * which only weakens the literals.
 */

/** What the derivation knows of the strings a part of a regex matches (all lowercase ASCII). */
interface Info {
  /** Every string it can match, when that set is small; else null. */
  exact: Set<string> | null;
  /** When not exact: every match starts with one of these ("" alone: nothing known). */
  prefix: Set<string>;
  /** When not exact: every match ends with one of these. */
  suffix: Set<string>;
  /** When not exact: every match contains one of these, or null when nothing is known. */
  required: Set<string> | null;
}

type Node =
  | { kind: "char"; set: string[] | null }
  | { kind: "empty" }
  | { kind: "any" }
  | { kind: "seq"; items: Node[] }
  | { kind: "alt"; options: Node[] }
  | { kind: "repeat"; item: Node; min: number; max: number };

/** Largest exact, prefix or suffix set kept (larger ones are given up). */
const MAX_SET = 64;
/** Largest set of required literals kept for one fragment. */
const MAX_REQUIRED = 1024;
/** Literals are cut to this length (a part of a literal occurs wherever it does). */
const MAX_LITERAL = 8;
/** Prefixes and suffixes are cut to this length (a prefix of a prefix is still one). */
const MAX_AFFIX = 12;

/**
 * Literals, one of which occurs (lowercase, in the text with A-Z lowercased) wherever any of the
 * fragments matches; undefined when some fragment yields none (its lexicon must always run). Literals
 * are cut to their first 8 characters, and those that contain another one of the set are left out
 * (the shorter one occurs wherever they do).
 *
 * @example
 * requiredLiterals(["sorry (?:for|about)", "apolog\\w{1,4}"]); // => ["apolog", "sorry ab", "sorry fo"]
 * requiredLiterals(["\\w{0,8}"]); // => undefined
 */
export function requiredLiterals(fragments: readonly string[]): string[] | undefined {
  const all: string[] = [];
  for (const fragment of fragments) {
    const literals = fragmentLiterals(fragment);
    if (!literals) return undefined;
    all.push(...literals);
  }
  return shortest(all);
}

/**
 * {@link requiredLiterals} of each fragment on its own (undefined for a fragment that yields none): a
 * text that holds none of a fragment's literals cannot hold a match of that fragment.
 *
 * @example
 * requiredLiteralsEach(["sorry (?:for|about)", "\\w{0,8}"]); // => [["sorry ab", "sorry fo"], undefined]
 */
export function requiredLiteralsEach(fragments: readonly string[]): (string[] | undefined)[] {
  return fragments.map((fragment) => {
    const literals = fragmentLiterals(fragment);
    return literals && shortest(literals);
  });
}

/** The literals cut to 8 characters, without those that hold another one, sorted. */
function shortest(literals: readonly string[]): string[] {
  const all = new Set(literals.map((literal) => literal.slice(0, MAX_LITERAL)));
  const kept = new Set<string>();
  for (const literal of [...all].sort((a, b) => a.length - b.length)) if (!holdsAny(literal, kept)) kept.add(literal);
  return [...kept].sort();
}

/** Whether a part of `literal` (or all of it) is in `set`. */
function holdsAny(literal: string, set: Set<string>): boolean {
  for (let start = 0; start < literal.length; start++) for (let end = start + 1; end <= literal.length; end++) if (set.has(literal.slice(start, end))) return true;
  return false;
}

/**
 * The literals of one fragment (one of them occurs in any match), or undefined when none can be derived.
 *
 * @example
 * fragmentLiterals("(?:send|drop) us"); // => ["drop us", "send us"]
 * fragmentLiterals("f+u+c+k"); // => ["fu"]
 * fragmentLiterals("(?:a )?pain"); // => ["a pain", "pain"]
 */
export function fragmentLiterals(fragment: string): string[] | undefined {
  let node: Node;
  try {
    node = new Parser(fragment).parse();
  } catch {
    return undefined;
  }
  const required = asRequired(analyze(node));
  return required ? [...required].sort() : undefined;
}

function analyze(node: Node): Info {
  switch (node.kind) {
    case "empty":
      return exact([""]);
    case "any":
      return unknown();
    case "char":
      return node.set && node.set.length <= MAX_SET ? exact(node.set) : unknown();
    case "seq":
      return node.items.map(analyze).reduce(concat, exact([""]));
    case "alt":
      return alternation(node.options.map(analyze));
    case "repeat":
      return repeat(analyze(node.item), node.min, node.max);
  }
}

const exact = (strings: Iterable<string>): Info => ({ exact: new Set(strings), prefix: new Set([""]), suffix: new Set([""]), required: null });
const unknown = (): Info => ({ exact: null, prefix: new Set([""]), suffix: new Set([""]), required: null });

const asPrefix = (info: Info): Set<string> => (info.exact ? new Set([...info.exact].map((s) => s.slice(0, MAX_AFFIX))) : info.prefix);
const asSuffix = (info: Info): Set<string> => (info.exact ? new Set([...info.exact].map((s) => s.slice(-MAX_AFFIX))) : info.suffix);
/** An OR-set that tells something: not null, not holding the empty string. */
const asRequired = (info: Info): Set<string> | null => {
  const set = info.exact ?? info.required;
  return set && !set.has("") && set.size > 0 ? set : null;
};

/** Exact sets hold strings up to this length (so that the derivation stays linear in a fragment's length). */
const MAX_EXACT = 32;
const short = (set: Set<string>): boolean => [...set].every((s) => s.length <= MAX_EXACT);

function cross(a: Set<string>, b: Set<string>, limit: number): Set<string> | null {
  if (a.size * b.size > limit) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function concat(a: Info, b: Info): Info {
  if (a.exact && b.exact) {
    const both = cross(a.exact, b.exact, MAX_SET);
    if (both && short(both)) return exact(both);
  }
  const prefix = a.exact ? (cross(a.exact, asPrefix(b), MAX_SET) ?? asPrefix(a)) : a.prefix;
  const suffix = b.exact ? (cross(asSuffix(a), b.exact, MAX_SET) ?? asSuffix(b)) : b.suffix;
  const boundary = cross(asSuffix(a), asPrefix(b), MAX_REQUIRED);
  return {
    exact: null,
    prefix: trim(prefix, "start"),
    suffix: trim(suffix, "end"),
    required: best([asRequired(a), asRequired(b), boundary && !boundary.has("") ? boundary : null, ...affixes(prefix, suffix)]),
  };
}

/** A prefix or suffix set, when every member is non-empty, is also a required set. */
function affixes(prefix: Set<string>, suffix: Set<string>): (Set<string> | null)[] {
  return [prefix, suffix].map((set) => (set.has("") ? null : set));
}

function trim(set: Set<string>, keep: "start" | "end"): Set<string> {
  return new Set([...set].map((s) => (keep === "start" ? s.slice(0, MAX_AFFIX) : s.slice(-MAX_AFFIX))));
}

function alternation(options: Info[]): Info {
  if (options.every((o) => o.exact)) {
    const union = new Set(options.flatMap((o) => [...o.exact!]));
    if (union.size <= MAX_SET) return exact(union);
  }
  const unite = (sets: Set<string>[], limit: number): Set<string> | null => {
    const union = new Set(sets.flatMap((s) => [...s]));
    return union.size <= limit ? union : null;
  };
  const required = options.map(asRequired);
  return {
    exact: null,
    prefix: unite(options.map(asPrefix), MAX_SET) ?? new Set([""]),
    suffix: unite(options.map(asSuffix), MAX_SET) ?? new Set([""]),
    required: required.every((r) => r) ? unite(required as Set<string>[], MAX_REQUIRED) : null,
  };
}

function repeat(item: Info, min: number, max: number): Info {
  if (max === 0) return exact([""]);
  if (item.exact && max !== Infinity) {
    let power: Set<string> | null = new Set([""]);
    const union = new Set<string>();
    for (let k = 0; power && union.size <= MAX_SET && short(power); k++) {
      if (k >= min) for (const s of power) union.add(s);
      if (k === max && union.size <= MAX_SET) return exact(union);
      power = cross(power, item.exact, MAX_SET);
    }
  }
  if (min === 0) return unknown();
  // At least one repetition: every match starts and ends with one, and holds one.
  const twice = min >= 2 ? cross(asSuffix(item), asPrefix(item), MAX_REQUIRED) : null;
  return {
    exact: null,
    prefix: asPrefix(item),
    suffix: asSuffix(item),
    required: best([asRequired(item), twice && !twice.has("") ? twice : null]),
  };
}

/** The most selective OR-set: the one whose literals are least likely to occur in a text. */
function best(candidates: (Set<string> | null)[]): Set<string> | null {
  let chosen: Set<string> | null = null;
  let chosenCost = Infinity;
  for (const set of candidates) {
    if (!set || set.size === 0 || set.has("")) continue;
    let cost = 0;
    for (const s of set) cost += 20 ** -s.length;
    if (cost < chosenCost) [chosen, chosenCost] = [set, cost];
  }
  return chosen;
}

/** The character as the derivation sees it: lowercase ASCII, or null (any character) for others. */
function folded(char: string): string | null {
  const code = char.charCodeAt(0);
  if (char.length !== 1 || code >= 0x80) return null;
  return code >= 65 && code <= 90 ? String.fromCharCode(code | 0x20) : char;
}

/**
 * Parses the regex syntax of the lexicons (JavaScript, no `u` flag) into a tree that keeps only what the
 * derivation needs. Throws on syntax it does not know: the fragment then yields no literals.
 */
class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at !== this.source.length) throw new Error(`unexpected ${this.source[this.at]}`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: "alt", options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") items.push(this.quantified(this.atom()));
    return { kind: "seq", items };
  }

  private quantified(item: Node): Node {
    const char = this.source[this.at];
    let min: number;
    let max: number;
    if (char === "*" || char === "+" || char === "?") {
      this.at++;
      [min, max] = char === "*" ? [0, Infinity] : char === "+" ? [1, Infinity] : [0, 1];
    } else if (char === "{" && this.bracesAt(this.at)) {
      [min, max] = this.bracesAt(this.at)!;
      this.at = this.source.indexOf("}", this.at) + 1;
    } else return item;
    if (this.source[this.at] === "?") this.at++; // lazy: the same strings
    if (this.source[this.at] && "*+?".includes(this.source[this.at]!)) throw new Error("nested quantifier");
    return { kind: "repeat", item, min, max };
  }

  /** `{m}`, `{m,}` or `{m,n}` at the cursor, else undefined (then `{` is a literal, as without `u`). */
  private bracesAt(at: number): [number, number] | undefined {
    const shape = /^\{(\d{1,6})(,(\d{0,6}))?\}/.exec(this.source.slice(at, at + 16));
    if (!shape) return undefined;
    const min = Number(shape[1]);
    const max = shape[2] === undefined ? min : shape[3] ? Number(shape[3]) : Infinity;
    return [min, max];
  }

  private atom(): Node {
    const char = this.source[this.at++]!;
    switch (char) {
      case "(":
        return this.group();
      case "[":
        return this.charClass();
      case "\\":
        return this.escape();
      case ".":
        return { kind: "char", set: null };
      case "^":
      case "$":
        return { kind: "empty" };
      case "*":
      case "+":
      case "?":
        throw new Error("nothing to repeat");
      case "{":
        if (this.bracesAt(this.at - 1)) throw new Error("nothing to repeat");
        return literal(char);
      default:
        return literal(char);
    }
  }

  private group(): Node {
    let lookaround = false;
    if (this.source.startsWith("?:", this.at)) this.at += 2;
    else if (/^\?(?:=|!|<=|<!)/.test(this.source.slice(this.at, this.at + 3))) {
      lookaround = true;
      this.at += this.source[this.at + 1] === "<" ? 3 : 2;
    } else if (this.source.startsWith("?<", this.at)) {
      const end = this.source.indexOf(">", this.at);
      if (end < 0) throw new Error("bad group name");
      this.at = end + 1;
    } else if (this.source[this.at] === "?") throw new Error("unknown group");
    const inner = this.alternation();
    if (this.source[this.at++] !== ")") throw new Error("unclosed group");
    // A lookaround consumes nothing: the match's text is what the rest consumes.
    return lookaround ? { kind: "empty" } : inner;
  }

  /** A class: the set of characters it may match, or null (any character) when that is not known. */
  private charClass(): Node {
    const negated = this.source[this.at] === "^";
    if (negated) this.at++;
    const members: (string | null)[] = [];
    while (this.at < this.source.length && this.source[this.at] !== "]") {
      const low = this.classChar();
      if (this.source[this.at] === "-" && this.source[this.at + 1] !== "]" && this.at + 1 < this.source.length) {
        this.at++;
        const high = this.classChar();
        if (low === null || high === null || low.length !== 1 || high.length !== 1 || high.charCodeAt(0) < low.charCodeAt(0)) {
          members.push(null);
          continue;
        }
        for (let code = low.charCodeAt(0); code <= high.charCodeAt(0); code++) members.push(String.fromCharCode(code));
        continue;
      }
      members.push(low);
    }
    if (this.source[this.at++] !== "]") throw new Error("unclosed class");
    if (negated) return { kind: "char", set: null };
    // The matchers read curly apostrophes as straight ones before matching: a ’ in a class never matches.
    const kept = members.filter((m) => m !== "’");
    if (kept.length === 0) return { kind: "char", set: null };
    const set = new Set<string>();
    for (const member of kept) {
      if (member === null) return { kind: "char", set: null };
      for (const one of member) {
        const char = folded(one);
        if (char === null) return { kind: "char", set: null };
        set.add(char);
      }
    }
    return { kind: "char", set: [...set] };
  }

  /** One class member: its character, the digits for `\d`, or null for another class escape or one not known. */
  private classChar(): string | null {
    const char = this.source[this.at++]!;
    if (char !== "\\") return char;
    const escaped = this.source[this.at++];
    if (escaped === undefined) throw new Error("trailing backslash");
    if (escaped === "b") return "\b";
    const control = CONTROL[escaped];
    if (control) return control;
    if (escaped === "d") return DIGITS;
    if (/[A-Za-z0-9]/.test(escaped)) {
      this.skipEscapeDigits(escaped);
      return null;
    }
    return escaped;
  }

  private escape(): Node {
    const escaped = this.source[this.at++];
    if (escaped === undefined) throw new Error("trailing backslash");
    if (escaped === "b" || escaped === "B") return { kind: "empty" };
    const control = CONTROL[escaped];
    if (control) return literal(control);
    if (/[1-9]/.test(escaped)) {
      while (/[0-9]/.test(this.source[this.at] ?? "")) this.at++;
      return { kind: "any" }; // a back-reference: any string
    }
    if (escaped === "k") {
      const end = this.source.indexOf(">", this.at);
      if (this.source[this.at] !== "<" || end < 0) throw new Error("bad back-reference");
      this.at = end + 1;
      return { kind: "any" };
    }
    if (escaped === "d") return { kind: "char", set: [...DIGITS] };
    if (/[A-Za-z0]/.test(escaped)) {
      this.skipEscapeDigits(escaped);
      return { kind: "char", set: null }; // \w, \s, \x41, \u0041, \cJ, \0 ...: one character
    }
    return literal(escaped);
  }

  /** Moves past the digits of `\xhh`, `\uhhhh`, `\cX` and `\0`, so they do not read as literals. */
  private skipEscapeDigits(escaped: string): void {
    const length = escaped === "x" ? 2 : escaped === "u" ? 4 : escaped === "c" ? 1 : escaped === "p" || escaped === "P" ? -1 : 0;
    if (length < 0) throw new Error("property escape");
    const pattern = escaped === "c" ? /[A-Za-z]/ : /[0-9A-Fa-f]/;
    let taken = 0;
    while (taken < length && pattern.test(this.source[this.at] ?? "")) [this.at, taken] = [this.at + 1, taken + 1];
    if (escaped === "0") while (/[0-7]/.test(this.source[this.at] ?? "")) this.at++;
  }
}

const DIGITS = "0123456789";
const CONTROL: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v" };

function literal(char: string): Node {
  const c = folded(char);
  return { kind: "char", set: c === null ? null : [c] };
}

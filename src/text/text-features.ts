import { agentSignature } from "../io/agent-signature.js";
import { sentences, type Sentence } from "./sentences.js";
import { matchSpans, type Span } from "./spans.js";
import { wordsWhere, type Word } from "./words.js";
import { emailSpans } from "./email-spans.js";

const LINK = /\bhttps?:\/\/[^\s<>"]{1,2000}|\bwww\.[^\s<>"]{1,2000}|\bpic\.twitter\.com\/\w{1,50}/g;
/** What every link holds (one native scan instead of three searches). */
const LINK_CUE = /http|www\.|pic\.twitter\.com\//;
/** The definition of a handle; handleSpans finds the same spans from each "@". */
export const HANDLE = /(?<![\w@])@\w{1,50}/g;

/**
 * What carelens reads off one message's text, computed once and shared by every rubric:
 * @handles (and where the automatic leading "@handle @handle" prefix ends), links, e-mail addresses,
 * the agent signature, sentences and words. Spans index into `text`.
 *
 * @example
 * const f = textFeatures("@CinVakas Hi! Which app? https://x.co/y ^MM", "agent");
 * f.leadEnd; // => 10
 * f.signature?.agentId; // => "MM"
 * f.sentences.map((s) => s.text); // => ["Hi!", "Which app?", "https://x.co/y"]
 */
export interface TextFeatures {
  text: string;
  handles: Span[];
  /** End of the automatic reply prefix: leading @handles and the space after them. */
  leadEnd: number;
  links: Span[];
  emails: Span[];
  signature: (Span & { agentId: string }) | undefined;
  /** Sentences of the message body (after the leading handles, before the signature). */
  sentences: Sentence[];
  /** Words of the body, links, handles and e-mail addresses left out. */
  words: Word[];
}

/**
 * The key of the slot where customer overlap keeps a message's words by stem (a symbol: not serialised,
 * not listed). @internal
 */
export const WORD_TABLE: unique symbol = Symbol("wordTable");

export function textFeatures(text: string, role: "customer" | "agent" | "bot" | "system"): TextFeatures {
  return new Features(text, role);
}

/** A class, not an object literal with a getter: one shape for every message, no closure per message. */
class Features implements TextFeatures {
  readonly text: string;
  readonly handles: Span[];
  readonly leadEnd: number;
  readonly links: Span[];
  readonly emails: Span[];
  readonly signature: (Span & { agentId: string }) | undefined;
  readonly #body: string;
  #sentences: Sentence[] | undefined;
  #words: Word[] | undefined;
  /**
   * Customer overlap's maps of the words by stem (see customer-overlap), kept with the message: a
   * field costs nothing to read, where a WeakMap entry costs ~1 µs to add (with the collector's share).
   * @internal
   */
  [WORD_TABLE]: unknown = undefined;

  constructor(text: string, role: "customer" | "agent" | "bot" | "system") {
    const handles = handleSpans(text);
    // Every link holds "http", "www." or "pic.twitter.com/": most texts are settled without the pattern.
    const links = LINK_CUE.test(text) ? matchSpans(text, LINK) : [];
    const emails = emailSpans(text);
    let leadEnd = 0;
    for (const handle of handles) {
      if (!isBlank(text, leadEnd, handle.start)) break;
      leadEnd = handle.end;
    }
    while (leadEnd < text.length && isBlank(text, leadEnd, leadEnd + 1)) leadEnd++;
    const signature = role === "agent" ? agentSignature(text) : undefined;
    const body = text.slice(0, signature ? signature.start : text.length);
    this.text = text;
    this.handles = handles;
    this.leadEnd = leadEnd;
    this.links = links;
    this.emails = emails;
    this.signature = signature;
    this.#body = body;
  }

  // Found on first use: about two messages in five never have their words read (a reply whose masked
  // text is empty, a customer message read only for its sentences).
  get words(): Word[] {
    return (this.#words ??= wordsWhere(this.#body, keepOutside(this.leadEnd, this.handles, this.links, this.emails)));
  }

  // Split on first use: template mining and the customer's messages never read them.
  get sentences(): Sentence[] {
    if (this.#sentences) return this.#sentences;
    const { text, leadEnd } = this;
    // The sentences after the leading handles; one that starts among them starts where they end.
    // sentences() gives a fresh array: filtered in place. (The cut sentence is built field by field, in
    // the same order: a spread is several times slower, and most replies' first sentence is cut.)
    const out = sentences(this.#body, this.links);
    let kept = 0;
    for (const s of out) {
      if (s.end > leadEnd) out[kept++] = s.start < leadEnd ? { start: leadEnd, end: s.end, text: text.slice(leadEnd, s.end), endsWithQuestionMark: s.endsWithQuestionMark } : s;
    }
    out.length = kept;
    return (this.#sentences = out);
  }
}

/**
 * The @handles of a text, as {@link HANDLE} finds them, found from each "@" (a native search) instead of
 * tried at every character: an "@" not after a word character or another "@", then 1-50 word characters.
 *
 * @example
 * handleSpans("@Acme hi @bo_2 a@b"); // => [{ start: 0, end: 5 }, { start: 9, end: 14 }]
 */
export function handleSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf("@"); at !== -1; ) {
    let end = at + 1;
    const before = at > 0 ? text.charCodeAt(at - 1) : 0;
    if (!isWordCode(before) && before !== AT) while (end < text.length && end - at <= 50 && isWordCode(text.charCodeAt(end))) end++;
    if (end > at + 1) spans.push({ start: at, end });
    at = text.indexOf("@", end);
  }
  return spans;
}

const AT = 64;

/** `\w`: an ASCII letter, digit or underscore. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** True when text[from, to) is white space only (what `trim()` removes), or empty. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (code < 128 || !/\s/.test(text[i]!)) return false;
  }
  return true;
}

/**
 * A test for word starts in text order: true when a position is at or after `from` and in none of the
 * spans of the three lists (each in text order). One pass over the spans for all the positions (not one
 * per position), so a text full of links stays linear; the lists are walked side by side, not merged
 * and sorted.
 */
function keepOutside(from: number, a: readonly Span[], b: readonly Span[], c: readonly Span[]): (position: number) => boolean {
  let i = 0;
  let j = 0;
  let k = 0;
  // The furthest end of the spans that start at or before the position: the position is inside one of
  // them exactly when it is before that end.
  let reach = -1;
  return (position) => {
    if (position < from) return false;
    while (i < a.length && a[i]!.start <= position) reach = Math.max(reach, a[i++]!.end);
    while (j < b.length && b[j]!.start <= position) reach = Math.max(reach, b[j++]!.end);
    while (k < c.length && c[k]!.start <= position) reach = Math.max(reach, c[k++]!.end);
    return position >= reach;
  };
}

import { agentSignature } from "../io/agent-signature.js";
import { sentences, type Sentence } from "./sentences.js";
import { matchSpans, type Span } from "./spans.js";
import { wordsWhere, type Word } from "./words.js";
import { emailSpans } from "./email-spans.js";

const LINK = /\bhttps?:\/\/[^\s<>"]{1,2000}|\bwww\.[^\s<>"]{1,2000}|\bpic\.twitter\.com\/\w{1,50}/g;
const HANDLE = /(?<![\w@])@\w{1,50}/g;

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

export function textFeatures(text: string, role: "customer" | "agent" | "bot" | "system"): TextFeatures {
  const handles = matchSpans(text, HANDLE);
  const links = matchSpans(text, LINK);
  const emails = emailSpans(text);
  let leadEnd = 0;
  for (const handle of handles) {
    if (text.slice(leadEnd, handle.start).trim() !== "") break;
    leadEnd = handle.end;
  }
  while (leadEnd < text.length && /\s/.test(text[leadEnd]!)) leadEnd++;
  const signature = role === "agent" ? agentSignature(text) : undefined;
  const bodyEnd = signature ? signature.start : text.length;
  const body = text.slice(0, bodyEnd);
  const outside = outsideOf([...handles, ...links, ...emails]);
  let bodySentences: Sentence[] | undefined;
  return {
    text,
    handles,
    leadEnd,
    links,
    emails,
    signature,
    // Split on first use: template mining and the customer's messages never read them.
    get sentences() {
      return (bodySentences ??= sentences(body, links)
        .filter((s) => s.end > leadEnd)
        .map((s) => (s.start < leadEnd ? { ...s, start: leadEnd, text: text.slice(leadEnd, s.end) } : s)));
    },
    words: wordsWhere(body, (start) => start >= leadEnd && outside(start)),
  };
}

/**
 * A test for positions in text order: true when a position is in none of the spans. One pass over the
 * spans for all the positions (not one per position), so a text full of links stays linear.
 */
function outsideOf(spans: Span[]): (position: number) => boolean {
  const sorted = spans.sort((a, b) => a.start - b.start);
  let i = 0;
  // The furthest end of the spans that start at or before the position: the position is inside one of
  // them exactly when it is before that end.
  let reach = -1;
  return (position) => {
    while (i < sorted.length && sorted[i]!.start <= position) reach = Math.max(reach, sorted[i++]!.end);
    return position >= reach;
  };
}

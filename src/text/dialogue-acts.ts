import {
  ACTION_CUE, ARTICLE_CUE, CLOSING_CHECK, CONTACT_CUE, DIAGNOSTIC_DETAIL, DM_REQUEST, EXPLANATION_CUE, FEEDBACK_ROUTE, FOLLOW_UP_REQUEST, IDENTITY_REQUEST, INFO_REQUEST,
  COURTESY_OPENING, HANDOFF_CUE, INFO_REQUEST_OPENING, NOT_AN_ANSWER, QUESTION_OPENING, REQUEST_LEAD, STEP_CUE, STEP_LEAD, STEP_VERB, SUGGESTION_QUESTION,
} from "./act-lexicon.js";
import { isContentWord } from "./customer-overlap.js";
import { isArticleLink } from "./link-kind.js";
import { patterns, type PhraseMatcher } from "./phrase-matcher.js";
import { sentenceLiterals } from "./sentence-literals.js";
import type { Sentence } from "./sentences.js";
import type { Span } from "./spans.js";
import type { TextFeatures } from "./text-features.js";

/** What an agent message does: asks clarifying questions, gives an answer. Spans index into its text. */
export interface DialogueActs {
  /** A diagnostic or clarifying question about the issue (not "please DM us", not "anything else?"). */
  asksQuestion: boolean;
  questions: (Span & { text: string })[];
  /** A solution, steps, a diagnosis, a help-article link, a decision, or an action taken. */
  givesAnswer: boolean;
  answers: (Span & { text: string; kind: AnswerKind })[];
  /** A request to continue in a private message with the same team. */
  dmRequest: (Span & { text: string }) | undefined;
}

export type AnswerKind = "article" | "steps" | "explanation" | "decision";

/**
 * A lexicon read sentence by sentence, with its bit in the masks of `mayMatchIn`; `orHolds`, when given,
 * is a character test for the fragments left out of the bit (a sentence it fails cannot hold their match).
 */
interface Lexicon { matcher: PhraseMatcher; bit: number; orHolds?: RegExp }
const bySentence: (readonly string[])[] = [];
/** The bit of a list of regex fragments in the masks of `mayMatchIn`. */
const bitOf = (list: readonly string[]): number => 1 << (bySentence.push(list) - 1);
const lexicon = (list: readonly string[]): Lexicon => ({ matcher: patterns(list), bit: bitOf(list) });
const dm = lexicon(DM_REQUEST);
const closing = lexicon(CLOSING_CHECK);
const infoRequest = lexicon(INFO_REQUEST);
const followUp = lexicon(FOLLOW_UP_REQUEST);
const articleCue = patterns(ARTICLE_CUE);
const contactCue = lexicon(CONTACT_CUE);
const feedbackRoute = lexicon(FEEDBACK_ROUTE);
/**
 * STEP_CUE's menu paths ("Settings > Privacy") need an arrow (">" or "→"; "->" holds ">"), and one of
 * them has no literal the masks can read ("→" is not ASCII, the rest is `\w` and `\s`): with it in the
 * bit, the bit would be set on every sentence and its regex, slow to fail, run on each. The bit is
 * the other fragments'; a sentence with an arrow may hold a menu path.
 */
const MENU_PATH_FRAGMENT = "(?:>|→|->)";
const stepCue: Lexicon = { matcher: patterns(STEP_CUE), bit: bitOf(STEP_CUE.filter((f) => !f.includes(MENU_PATH_FRAGMENT))), orHolds: /[>→]/ };
const explanationCue = lexicon(EXPLANATION_CUE);
const actionCue = lexicon(ACTION_CUE);
const suggestion = lexicon(SUGGESTION_QUESTION);
const handoff = patterns(HANDOFF_CUE);
const diagnosticDetail = lexicon(DIAGNOSTIC_DETAIL);
const identityRequest = lexicon(IDENTITY_REQUEST);
const notAnAnswer = lexicon(NOT_AN_ANSWER);
// The clause openings read by regexes of their own: a sentence without their literals has none.
const STEP_OPENING_BIT = bitOf([`${STEP_LEAD}${STEP_VERB}`]);
const REQUEST_OPENING_BIT = bitOf([`${REQUEST_LEAD}(?:${INFO_REQUEST_OPENING.join("|")})`]);
/** Per sentence, the lexicons and openings above that may match in it (one of their required literals lies inside it). */
const mayMatchIn = sentenceLiterals(bySentence);

type Match = Span & { text: string };
/** A lexicon's first match within the sentence at an index of the message's sentences. */
type SentenceSearch = (lexicon: Lexicon, at: number) => Match | undefined;

/**
 * `lexicon.matcher.first(text, sentence.start, sentence.end)`, skipped (undefined) for the sentences
 * that hold none of the lexicon's required literals: the regex could not match there (sentence-literals.ts).
 * Most sentences of a message need few of the lexicons.
 */
function sentenceSearch(text: string, sentences: readonly Sentence[], masks: readonly number[]): SentenceSearch {
  return (lexicon, at) => {
    const sentence = sentences[at]!;
    if ((masks[at]! & lexicon.bit) === 0 && (lexicon.orHolds === undefined || !lexicon.orHolds.test(sentence.text))) return undefined;
    return lexicon.matcher.first(text, sentence.start, sentence.end);
  };
}
/** A yes/no question in the inverted word order, for tweets that drop the "?" ("Have you tried from another device, Miriam"). */
const COURTESY = new RegExp(`^(?:(?:hi|hey|hello|ok|okay)(?: there)?[,!.]{0,3}\\s{1,3})?${COURTESY_OPENING}`, "i");
const INVERTED_QUESTION = /^(?:have|has|did|do|does|are|is|were|was) (?:you|it|this|that|the|your)\b/i;
const REQUEST_OPENING = new RegExp(`^${REQUEST_LEAD}(?:${INFO_REQUEST_OPENING.join("|")})\\b`, "iu");
const STEP_OPENING = new RegExp(`^${STEP_LEAD}${STEP_VERB}\\b`, "iu");
const QUESTION_START = new RegExp(`^(?:[\\p{L}'’]{1,12},\\s{1,3})?(?:${QUESTION_OPENING})`, "iu");
const FINDING_THE_ANSWER = /\b(?:(?:you can )?(?:find|check|confirm|see) (?:that|this|it)(?: information| info)?(?: (?:in|on|under|here|by|using|at)|\s*:)|(?:that|this) (?:information|info) (?:is )?(?:found|shown|listed) (?:in|on|under|here)|to (?:check|find|confirm|see) (?:the|your|that|this)|how to do (?:so|that|this))/i;
const ABOUT_A_REDIRECT = /\b(?:send (?:it|this|them) in|submit(?:ting)?|tickets?|feedback|report(?:ing)?|requests?|chat|contact)\b/i;
const STEPS_WORDS = /\b(?:steps?|tips|troubleshoot\w{0,3}|try|follow(?:ing)? (?:the|these))\b/i;
const MENU_PATH = /\w\s{0,2}(?:>|→|->)\s{0,2}\w/;

/**
 * Reads the dialogue acts of an agent message from its sentences and links.
 *
 * A sentence asks a clarifying question when it ends with "?", or opens like a question and ends in a
 * link ("Have you already tried the steps here: <link>"), or requests details in the imperative ("Let us
 * know which device you're on."); not when it is a DM request, a closing check ("Anything else?", "Does
 * that help?"), a follow-up invitation ("Let us know how it goes"), a request to try something ("Could you
 * go through the steps here?") or a hand-off to a form ("Share your details here: <link>").
 *
 * A request for details in a DM counts as a question when it names a diagnostic detail ("DM us the iOS
 * version your iPhone is running"); requests for identification ("may I have your name?") do not.
 *
 * A message gives an answer when a sentence gives steps (also as a suggestion: "Can you check if logging
 * out > restarting makes a difference?"), explains the cause or what is possible, or states a decision or
 * an action taken, or when it links a specific help article. After a customer's question
 * (`customerAsked`), a plain statement of fact answers it too ("Once the points load, you get it
 * immediately!", "All promo codes expire after 7 days."), unless it is courtesy, an apology, a promise
 * to look into it, or passing the case on. Links framed as
 * "submit a ticket", "contact us", "send us an email", feedback routes, a site's home page, and links
 * that only help the customer answer our question are not answers. A feedback or report route is an
 * answer when it is what the customer asked for (`routeWanted`: they suggested a feature or asked how to
 * report something).
 *
 * @example
 * dialogueActs(textFeatures("@x Which app is it? Try reinstalling it. ^SJ", "agent"));
 * // => { asksQuestion: true, questions: [{ text: "Which app is it?" }], givesAnswer: true, answers: [{ kind: "steps", text: "Try" }], dmRequest: undefined }
 */
export function dialogueActs(features: TextFeatures, options: { routeWanted?: boolean; customerAsked?: boolean } = {}): DialogueActs {
  const { text } = features;
  const questions: DialogueActs["questions"] = [];
  const answers: DialogueActs["answers"] = [];
  let dmRequest: DialogueActs["dmRequest"];
  let previousWasQuestion = false;
  // Plain statements after a customer's question, kept only when the reply sends them nowhere else.
  const facts: DialogueActs["answers"] = [];
  // Whether each link is an article link, decided once per link (the sentences and links read it again).
  const article = features.links.map((l) => isArticleLink(text.slice(l.start, l.end)));
  let sendsElsewhere = article.includes(false);
  const stats = sentenceStats(features);
  const sentences = features.sentences;
  const masks = mayMatchIn(text, sentences);
  const search = sentenceSearch(text, sentences, masks);
  for (let at = 0; at < sentences.length; at++) {
    const sentence = sentences[at]!;
    const dmHit = search(dm, at);
    dmRequest ??= dmHit;
    const channel = dmHit ?? search(contactCue, at) ?? search(feedbackRoute, at);
    // A route the customer asked for (how to report, where to suggest) is not sending them elsewhere.
    const redirect = options.routeWanted ? dmHit : channel;
    sendsElsewhere ||= redirect !== undefined;
    const isQuestion = clarifyingQuestion(search, at, sentence, features, channel !== undefined, (masks[at]! & REQUEST_OPENING_BIT) !== 0);
    if (isQuestion) questions.push({ start: sentence.start, end: sentence.end, text: sentence.text });
    const action = search(actionCue, at);
    const suggested = !redirect && sentence.endsWithQuestionMark ? search(suggestion, at) : undefined;
    if (action) answers.push(answer(action, "decision"));
    else if (suggested && !ABOUT_A_REDIRECT.test(sentence.text)) answers.push(answer(suggested, "steps"));
    else if (!isQuestion && !sentence.endsWithQuestionMark && !redirect && !FINDING_THE_ANSWER.test(sentence.text) && !pointsOnlyElsewhere(sentence, features, article)) {
      const step = search(stepCue, at) ?? ((masks[at]! & STEP_OPENING_BIT) === 0 ? undefined : imperativeStep(sentence));
      const explanation = search(explanationCue, at);
      const helpsAnswerOurQuestion = previousWasQuestion && MENU_PATH.test(sentence.text);
      if (step && !search(followUp, at) && !ABOUT_A_REDIRECT.test(sentence.text) && !helpsAnswerOurQuestion) answers.push(answer(step, "steps"));
      else if (explanation && !features.links.some((l) => explanation.start >= l.start && explanation.start < l.end)) answers.push(answer(explanation, "explanation"));
      else if (options.customerAsked && !step && statesAFact(search, at, sentence, stats)) facts.push({ start: sentence.start, end: sentence.end, text: sentence.text, kind: "explanation" });
    }
    previousWasQuestion = isQuestion;
  }
  // Statements before a clarifying question set it up ("Your site resolves fine for us. Are you seeing an
  // error?"); after it they answer on a condition ("Are you on BA8733? If so, the new time is 15:30.").
  if (!sendsElsewhere && facts.length > 0) answers.push(...facts.filter((f) => questions.length === 0 || f.start > questions[0]!.start));
  // Links and sentences are both in text order: one pass over each (linear even for thousands of links).
  let own = 0;
  features.links.forEach((link, index) => {
    while (own < features.sentences.length && features.sentences[own]!.end < link.start) own++;
    if (article[index]! && isAnswerLink(text, index, own, features, questions.length > 0, { routeWanted: options.routeWanted ?? false, dm: dmRequest !== undefined })) answers.push({ start: link.start, end: link.end, text: text.slice(link.start, link.end), kind: "article" });
  });
  answers.sort((a, b) => a.start - b.start);
  return { asksQuestion: questions.length > 0, questions, givesAnswer: answers.length > 0, answers, dmRequest };
}

/** A match as an answer of `kind` (built field by field: a spread is several times slower on this path). */
function answer(match: Span & { text: string }, kind: AnswerKind): DialogueActs["answers"][number] {
  return { start: match.start, end: match.end, text: match.text, kind };
}

/** The first clause of a sentence that opens with a troubleshooting verb in the imperative ("Try ...", "Please restart ..."). */
function imperativeStep(sentence: Sentence): (Span & { text: string }) | undefined {
  const clauses = sentence.text.split(/(?<=[,;:–—-])\s|\s(?=and then\b|then\b)/);
  let offset = 0;
  for (const clause of clauses) {
    const at = sentence.text.indexOf(clause, offset);
    const trimmed = withoutOpeningMarks(clause);
    const match = STEP_OPENING.exec(trimmed);
    if (match) {
      const start = sentence.start + at + (clause.length - trimmed.length);
      return { start, end: start + match[0].length, text: match[0] };
    }
    offset = at + clause.length;
  }
  return undefined;
}

/**
 * A statement that can answer a question: at least three words, one of them a content word, and no
 * courtesy, apology, promise or hand-over in it ("Less than a week." but not "We'll look into it for you.").
 */
function statesAFact(search: SentenceSearch, at: number, sentence: Sentence, statsOf: (at: number) => SentenceStats): boolean {
  if (search(notAnAnswer, at) || COURTESY.test(sentence.text)) return false;
  const stats = statsOf(at);
  return stats.words >= 3 && stats.contentWords > 0 && stats.links === 0;
}

interface SentenceStats { words: number; contentWords: number; links: number }

/**
 * Words, content words and links of a sentence, for sentences asked in text order: one pass over each
 * list for them all, counting only the sentences asked for (the others are only skipped).
 */
function sentenceStats(features: TextFeatures): (at: number) => SentenceStats {
  let word = 0;
  let link = 0;
  return (at) => {
    const sentence = features.sentences[at]!;
    const stats = { words: 0, contentWords: 0, links: 0 };
    while (word < features.words.length && features.words[word]!.start < sentence.start) word++;
    for (; word < features.words.length && features.words[word]!.end <= sentence.end; word++) {
      stats.words++;
      if (isContentWord(features.words[word]!.lower)) stats.contentWords++;
    }
    while (link < features.links.length && features.links[link]!.start < sentence.start) link++;
    for (; link < features.links.length && features.links[link]!.start < sentence.end; link++) stats.links++;
    return stats;
  };
}

/** A sentence whose links all lead to a home page, a form or a contact page: its "steps" only send the customer there. */
function pointsOnlyElsewhere(sentence: Sentence, features: TextFeatures, article: readonly boolean[]): boolean {
  let any = false;
  for (let i = 0; i < features.links.length; i++) {
    const l = features.links[i]!;
    if (l.start < sentence.start || l.start >= sentence.end) continue;
    if (article[i]) return false;
    any = true;
  }
  return any;
}

function clarifyingQuestion(search: SentenceSearch, at: number, sentence: Sentence, features: TextFeatures, redirect: boolean, mayRequest: boolean): boolean {
  const { start, end } = sentence;
  if (search(closing, at) || search(suggestion, at) || search(identityRequest, at)) return false;
  if (redirect) return search(diagnosticDetail, at) !== undefined;
  if (sentence.endsWithQuestionMark) return true;
  const opening = withoutOpeningMarks(sentence.text);
  if (INVERTED_QUESTION.test(opening) && !/[.!]\s{0,3}$/.test(sentence.text) && !features.links.some((l) => l.start >= start && l.start < end)) return true;
  const endsInLink = features.links.some((l) => l.start > start && l.start < end && l.end >= end - 1) && !/[.!]\s{0,3}https?:/.test(sentence.text);
  // The question may follow a greeting or an apology: "Sorry about the trouble – have you tried these steps: <link>".
  // The clauses are split only when read.
  let clauses: string[] | undefined;
  const clausesOf = () => (clauses ??= [opening, ...opening.split(/\s[–—-]\s|[,;:]\s/).slice(1)]);
  if (endsInLink && clausesOf().some((clause) => QUESTION_START.test(clause.trimStart()))) return true;
  if (search(followUp, at)) return false;
  // `mayRequest`: the sentence holds one of the literals a request opening needs (a clause is part of it).
  if (mayRequest && clausesOf().some((clause) => REQUEST_OPENING.test(clause.trimStart()))) return !/\bhere\b\s{0,3}:?\s{0,3}$/.test(textBeforeLink(sentence, features));
  return search(infoRequest, at) !== undefined;
}

/**
 * `text.replace(/^[\s\p{P}]{0,3}/u, "")`: up to three white-space or punctuation characters dropped from
 * the start. A text that opens with an ASCII letter or digit (most sentences and clauses) has none: it is
 * returned without running the regex. @internal (exported for tests)
 */
export function withoutOpeningMarks(text: string): string {
  const code = text.charCodeAt(0);
  if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) return text;
  return text.replace(OPENING_MARKS, "");
}

const OPENING_MARKS = /^[\s\p{P}]{0,3}/u;

/** The sentence's text up to its first link (to see whether the request points at the link). */
function textBeforeLink(sentence: Sentence, features: TextFeatures): string {
  const link = features.links.find((l) => l.start > sentence.start && l.start < sentence.end);
  return link ? features.text.slice(sentence.start, link.start) : "";
}

/** An article link (the caller checks that) is an answer when the words just before it frame it as help, not as a channel. */
function isAnswerLink(text: string, index: number, firstSentence: number, features: TextFeatures, asks: boolean, options: { routeWanted: boolean; dm: boolean }): boolean {
  const link = features.links[index]!;
  // A link after the signature is a tweet's card (a DM button, an image), not a link the reply points to.
  if (features.signature && link.start >= features.signature.end) return false;
  // The words framing a link: its sentence up to it (from the previous link on), and the sentence before
  // when the link opens its sentence or follows only a few words ("Here's how: <link>").
  // `firstSentence` is the first sentence ending at or after the link (sentences and links are in text
  // order and do not overlap, so the previous link is the one just before it).
  const sentences = features.sentences;
  const own = firstSentence < sentences.length && sentences[firstSentence]!.start <= link.start ? firstSentence : -1;
  const ownStart = own === -1 ? link.start : sentences[own]!.start;
  const before = index > 0 ? features.links[index - 1]! : undefined;
  const previousLink = before && before.end <= link.start && before.end >= ownStart ? before.end : -1;
  let from = previousLink >= 0 ? previousLink : ownStart;
  if (previousLink < 0 && link.start - ownStart < 30 && own > 0) from = sentences[own - 1]!.start;
  const framing = text.slice(Math.max(from, features.leadEnd), link.start);
  const after = (text.slice(link.end, link.end + 80).split(/[.!?]\s/)[0] ?? "").replace(/^[\s)]*/, "");
  const routeWanted = options.routeWanted;
  // A DM request ending in a bare link, not introduced as help: the link is the DM button.
  if (options.dm && index === features.links.length - 1 && text.slice(link.end).trim() === "" && !articleCue.first(framing)) return false;
  if (dm.matcher.first(framing) || (!routeWanted && (contactCue.matcher.first(framing) || handoff.first(framing) || feedbackRoute.matcher.first(framing) || feedbackRoute.matcher.first(after)))) return false;
  if (!routeWanted && /^(?:and )?(?:click|select|choose|report it|report this|contact)/i.test(after) && (contactCue.matcher.first(after) || handoff.first(after) || /report (?:it|this)/i.test(after))) return false;
  const questionFraming = /\?\s{0,3}$/.test(framing.trimEnd());
  if ((questionFraming && !suggestion.matcher.first(framing) && !STEPS_WORDS.test(framing)) || (asks && FINDING_THE_ANSWER.test(framing))) return false;
  if (/\b(?:help|support) (?:site|center|centre|page|hub)\b|\bour (?:website|site)\b/i.test(framing) && !articleCue.first(framing)) return false;
  return true;
}

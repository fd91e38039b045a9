import { z } from "zod";
import { addressedName } from "../text/addressed-name.js";
import { WordListSchema } from "../text/word-list.js";
import { CUSTOMER_HISTORY, isContentWord, sharedContentWords } from "../text/customer-overlap.js";
import { maskedText } from "../text/mask.js";
import { defineRubric } from "./define-rubric.js";
import { evidenceAt } from "./evidence.js";
import { nameContext } from "./name-use.js";
import type { Evidence, ScoringContext } from "./types.js";

const Config = z.object({
  /** A template is a topic template (written for one kind of problem) when at least this share of its uses named the customer's problem. */
  topicalShare: z.number().min(0).max(1),
  /** Content words a unique answer must hold to count as written for this customer. */
  substantiveWords: z.number().int().positive(),
  notNames: WordListSchema,
});

/**
 * `personalization` (per agent message): "canned" when the reply is a generic template that could be sent
 * unchanged (apart from the @handle and signature) to many customers with different problems; "personal"
 * when it was written for this customer: it uses their name, refers in its own words to what they said
 * (their product, problem, details), or, not being a template, asks a specific diagnostic question or
 * gives a substantive answer. Templates are mined across the corpus (mineTemplates): a topic template
 * (one reply for one kind of problem, such as account recovery) is personal where it names this
 * customer's problem, a generic one is canned; a unique reply that refers to nothing the customer said
 * is still canned. A link's address does not count: the reply's words must name the problem. Score 1 / 0.
 *
 * @example
 * // customer: "my zoom installer stuck at 3% ... network connection failed"
 * // agent: "Please send us an email at <link> and we will assist." (sent in 14 conversations)
 * // => { label: "canned", score: 0, evidence: [{ reason: "the same reply was sent in 14 conversations: ..." }] }
 */
export const personalization = defineRubric({
  id: "personalization",
  level: "message",
  description: "The reply was written for this customer (their words, their problem, their name), not a generic template.",
  vocabulary: ["personal", "canned"],
  defaults: { topicalShare: 0.5, substantiveWords: 2, notNames: [] as string[] },
  configSchema: Config,
  score(context, index, config) {
    const message = context.conversation.messages[index]!;
    const features = context.features(index);
    const name = addressedName(features, nameContext(context, config.notNames));
    if (name) return { label: "personal", score: 1, evidence: [evidenceAt(message, name, "uses the customer's name")] };
    // The template is looked up only for a reply that does not name the customer, and each overlap is
    // worked out only where its answer is read.
    const template = context.templates.match(maskedText(features));
    const customer = customerFeatures(context, index);
    const brand = [context.conversation.brand];
    if (template) {
      if (template.topicalShare >= config.topicalShare) {
        const onTopic = sharedContentWords(features, customer, { loose: true, notContent: brand });
        if (onTopic.length > 0) return { label: "personal", score: 1, evidence: onTopic.map((word) => evidenceAt(message, word, "a template written for this kind of problem, and it is this customer's problem")) };
      }
      return { label: "canned", score: 0, evidence: [evidenceAt(message, undefined, `the same reply was sent in ${template.conversations} conversations: "${template.text}"`)] };
    }
    const refers: Evidence[] = sharedContentWords(features, customer, { notContent: brand }).map((word) => evidenceAt(message, word, "refers to what the customer said"));
    if (refers.length > 0) return { label: "personal", score: 1, evidence: refers };
    const own = ownContent(context, index, config.substantiveWords);
    if (own) return { label: "personal", score: 1, evidence: [evidenceAt(message, own, own.reason)] };
    return { label: "canned", score: 0, evidence: [evidenceAt(message, undefined, "refers to nothing the customer said")] };
  },
});

/** What the customer said before a reply: their last CUSTOMER_HISTORY messages. */
function customerFeatures(context: ScoringContext, index: number) {
  const out = [];
  const messages = context.conversation.messages;
  for (let i = index - 1; i >= 0 && out.length < CUSTOMER_HISTORY; i--) if (messages[i]!.role === "customer") out.push(context.features(i));
  return out.reverse();
}

/** Content words that must introduce an article link for the link to answer this customer's problem. */
const ARTICLE_FRAMING_WORDS = 2;

/**
 * A specific diagnostic question, or an answer with substance, in a reply that is not a template: its
 * span and why (all the evidence reads; built field by field, not spread from the question or sentence).
 */
function ownContent(context: ScoringContext, index: number, minWords: number) {
  const acts = context.acts(index);
  const features = context.features(index);
  const brand = context.conversation.brand.toLowerCase();
  const contentWords = (start: number, end: number) => {
    let count = 0;
    for (const w of features.words) if (w.start >= start && w.end <= end && isContentWord(w.lower) && !(w.lower.length >= 4 && brand.includes(w.lower))) count++;
    return count;
  };
  const question = acts.questions.find((q) => contentWords(q.start, q.end) >= 2);
  if (question) return { start: question.start, end: question.end, reason: "asks a question about this customer's problem" };
  const sentences = features.sentences;
  for (const answer of acts.answers) {
    const sentence = sentences.find((s) => s.start <= answer.start && s.end >= answer.end);
    if (!sentence) continue;
    // An article link counts when the words introducing it name a problem ("This guide may help you find
    // and secure your device: <link>"), not when they only point at it ("Check out this article: <link>").
    if (answer.kind === "article") {
      if (contentWords(sentence.start, answer.start) >= ARTICLE_FRAMING_WORDS) return { start: sentence.start, end: sentence.end, reason: "introduces the article with this customer's problem" };
    } else if (contentWords(sentence.start, sentence.end) >= minWords) return { start: sentence.start, end: sentence.end, reason: "answers with substance written for this customer" };
  }
  return undefined;
}

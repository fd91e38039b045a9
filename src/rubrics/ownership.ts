import { z } from "zod";
import { patterns, phrases } from "../text/phrase-matcher.js";
import { WordListSchema } from "../text/word-list.js";
import type { Span } from "../text/spans.js";
import { defineRubric } from "./define-rubric.js";
import { evidenceAt } from "./evidence.js";
import { ACTED, BLAME, FALLBACK, OTHER_CHANNEL, OTHER_COMPANY, OWNS } from "./ownership-lexicon.js";
import { reportWantedBefore } from "../text/route-wanted.js";
import type { Evidence } from "./types.js";

const builtIn = { owns: patterns(OWNS), acted: patterns(ACTED), blame: patterns(BLAME), channel: patterns([...OTHER_CHANNEL, ...OTHER_COMPANY]), fallback: patterns(FALLBACK) };

const Config = z.object({
  /** More phrases that show ownership (literal, case-insensitive). */
  ownsPhrases: WordListSchema,
  /** More phrases that deflect (literal, case-insensitive). */
  deflectsPhrases: WordListSchema,
});

/**
 * `ownership` (per agent message): "owns" when the reply speaks in the first-person company voice and takes
 * responsibility, commits to help or acts ("we'll look into this", "I can help", "so we may assist
 * further", "we made a mistake", "we've refunded the charge"); "deflects" when it blames policy,
 * corporate, another department, another company or the customer, says it can't help, or hands the
 * customer to another channel (phone, e-mail, a form or ticket, a feedback tool, a community forum, the
 * help site, another team or company) instead of helping here; "neutral" otherwise (information, a
 * question, thanks). Moving to a DM with the same team is not deflection, and neither is a channel
 * offered only as a fallback after real help ("try these steps; if that doesn't work, chat with us").
 * Mixed replies are judged by what the customer is left with: an action taken outweighs a policy
 * mention; a hand-off outweighs "we're happy to help". Score 1 owns, 0 deflects, null neutral.
 *
 * @example
 * // "We can look into this further for you if you submit your account info in a private request here: <link>"
 * // => { label: "deflects", score: 0, evidence: [{ text: "submit ... private request", reason: "hands the customer to another channel" }] }
 */
export const ownership = defineRubric({
  id: "ownership",
  level: "message",
  description: "The agent owns the problem (we'll fix it) rather than deflecting to policy, other teams, channels or companies.",
  vocabulary: ["owns", "deflects", "neutral"],
  defaults: { ownsPhrases: [] as string[], deflectsPhrases: [] as string[] },
  configSchema: Config,
  score(context, index, config) {
    const message = context.conversation.messages[index]!;
    const features = context.features(index);
    const acts = context.acts(index);
    const text = features.text;
    const from = features.leadEnd;
    const end = features.signature ? features.signature.start : text.length;
    // Each find gives a fresh array: filtered in place, the configured phrases' matches appended after.
    const owns = withPhrases(inBody(builtIn.owns.find(text), from, end), config.ownsPhrases, text, from, end);
    const blame = withPhrases(inBody(builtIn.blame.find(text), from, end), config.deflectsPhrases, text, from, end);
    let handOffs: Evidence[] | undefined;
    // A report form or feedback page for a customer who asked how to report or suggested something is the help
    // they asked for; a contact page for one who asked how to reach someone still hands them elsewhere.
    if (!reportWantedBefore(context.conversation.messages, index)) {
      for (const sentence of features.sentences) {
        if (acts.dmRequest && acts.dmRequest.start >= sentence.start && acts.dmRequest.end <= sentence.end) continue;
        const found = inBody(builtIn.channel.find(text, sentence.start, sentence.end), from, end);
        if (found.length === 0) continue;
        // A channel offered as a fallback or an extra, beside help given in another sentence, leaves the customer helped.
        if (helpedOutside(acts.answers, sentence) && builtIn.fallback.first(text, sentence.start, sentence.end)) continue;
        for (const m of found) (handOffs ??= []).push(evidenceAt(message, m, "hands the customer to another channel, team or company"));
      }
    }
    if (blame.length > 0 || handOffs !== undefined) {
      // An action taken matters only against a deflection: looked for only then.
      const action = firstInBody(builtIn.acted.find(text), from, end);
      if (action) return { label: "owns", score: 1, evidence: [evidenceAt(message, action, "acts for the customer (outweighs the deflection)")] };
      const deflection: Evidence[] = [];
      for (const m of blame) deflection.push(evidenceAt(message, m, "blames policy or others, or says it can't help"));
      if (handOffs) for (const h of handOffs) deflection.push(h);
      return { label: "deflects", score: 0, evidence: deflection };
    }
    if (owns.length > 0 && !onlySignOff(text, owns)) {
      const evidence: Evidence[] = [];
      for (const m of owns) evidence.push(evidenceAt(message, m, "first-person commitment to help"));
      return { label: "owns", score: 1, evidence };
    }
    return { label: "neutral", score: null, evidence: [] };
  },
});

type Match = Span & { text: string };

/** The matches within [from, end) of the text, kept in the array they came in (in order). */
function inBody(found: Match[], from: number, end: number): Match[] {
  let kept = 0;
  for (const m of found) if (m.start >= from && m.end <= end) found[kept++] = m;
  found.length = kept;
  return found;
}

/** The first match within [from, end), if any. */
function firstInBody(found: readonly Match[], from: number, end: number): Match | undefined {
  for (const m of found) if (m.start >= from && m.end <= end) return m;
  return undefined;
}

/** The matches of the configured phrases (if any) in the body, appended to `found`. */
function withPhrases(found: Match[], list: readonly string[], text: string, from: number, end: number): Match[] {
  if (list.length > 0) for (const m of phrases(list).find(text)) if (m.start >= from && m.end <= end) found.push(m);
  return found;
}

/** Whether an answer lies wholly before or after the sentence. */
function helpedOutside(answers: readonly Span[], sentence: Span): boolean {
  for (const a of answers) if (a.end <= sentence.start || a.start >= sentence.end) return true;
  return false;
}

/** "We're here for you if you need anything" closing a reply is a sign-off, not a commitment. */
function onlySignOff(text: string, owns: (Span & { text: string })[]): boolean {
  return owns.every((m) => /here for you|right here/i.test(m.text) && /^\s{0,3}(?:too|again)?[!.,]?\s{0,3}(?:24\/7|if you need|whenever|anytime|any time|just a (?:dm|tweet|message) away)/i.test(text.slice(m.end, m.end + 40)));
}

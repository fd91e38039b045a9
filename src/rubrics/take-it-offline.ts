import { z } from "zod";
import type { Message } from "../model/message.js";
import { emailSpans } from "../text/email-spans.js";
import { patterns } from "../text/phrase-matcher.js";
import type { Span } from "../text/spans.js";
import { defineRubric } from "./define-rubric.js";
import { evidenceAt } from "./evidence.js";
import type { Evidence } from "./types.js";

/** Sensitive data and how to find it: the first span of it in a text, or undefined. */
const SENSITIVE: [(text: string) => Span | undefined, string][] = [
  [(text) => emailSpans(text)[0], "an e-mail address"],
  ...(
    [
      [/(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/, "a phone number"],
      [/\b(?:\d[ -]?){13,19}\b/, "a card or account number"],
      [/\b(?:order|account|acct|booking|confirmation|reference|ref|ticket|case|policy|member(?:ship)?|tracking)\s?(?:no\.?|number|#|id)?\s?[:#]?\s?[A-Z0-9-]{5,20}\b/i, "an order or account number"],
      [/\b(?:my )?(?:password|passcode|pin|ssn|social security)\s?(?:is|:)\s?\S{3,40}/i, "a password or PIN"],
      [/\b\d{1,5}\s(?:[A-Z][a-z]{1,20}\s){1,3}(?:st|street|ave|avenue|rd|road|blvd|lane|ln|drive|dr|court|ct)\b/i, "a street address"],
    ] as const
  ).map(([pattern, what]): [(text: string) => Span | undefined, string] => [
    (text) => {
      const hit = pattern.exec(text);
      return hit ? { start: hit.index, end: hit.index + hit[0].length } : undefined;
    },
    what,
  ]),
];
const PRIVATE = patterns([
  "(?:send|shoot|drop) us a (?:dm|direct message|private message|pm)", "(?:dm|pm) us", "(?:via|in|through|by) (?:a )?(?:dm|direct message|private message|pm|dms)", "privately", "(?:secure|private) (?:form|channel|message|chat|link)",
]);
const WARN = patterns([
  "(?:delete|remove|take down) (?:this|that|the|your) (?:\\w{1,12} ){0,2}(?:tweet|post|comment|message)", "(?:don'?t|do not|never|avoid) (?:post|share|include|tweet|send|put|reveal)\\w{0,3}",
  "(?:personal|private|sensitive|account|security|financial) (?:info|information|details|data)", "for (?:your )?(?:security|privacy|safety)", "(?:keep|protect) your (?:account|info|information|details|privacy)",
  "without (?:revealing|sharing|including|posting)", "(?:publicly|public)", "(?:compromise|phishing|scam)",
]);

/**
 * `take-it-offline` (per conversation): when the customer posts sensitive data (an e-mail address, phone,
 * card, account or order number, password, street address) in a public message, did the agents move the
 * conversation to a private channel (DM, private message, secure form) and warn them (delete the post,
 * don't share personal information publicly)? "moved-and-warned", "moved", "warned", "none"; "n/a" when
 * no sensitive data was posted publicly. Score 1 / 0.5 / 0.5 / 0 / null. Critical in the default
 * scorecard: leaving a customer's data public is a failure whatever else went well.
 *
 * @example
 * // customer (public tweet): "my e-mail address: zekidemir089@gmail.com" / agent: "... please delete this tweet with your email"
 * // => { label: "warned", score: 0.5, ... }
 */
export const takeItOffline = defineRubric({
  id: "take-it-offline",
  level: "conversation",
  description: "Sensitive data posted publicly: the agent moved to a private channel and warned the customer.",
  vocabulary: ["moved-and-warned", "moved", "warned", "none", "n/a"],
  defaults: {},
  configSchema: z.object({}),
  score(context) {
    const messages = context.conversation.messages;
    const found = firstExposure(messages);
    if (!found) return { label: "n/a", score: null, evidence: [] };
    const { exposed, span, what } = found;
    const evidence: Evidence[] = [evidenceAt(messages[exposed]!, span, `posts ${what} publicly`)];
    let moved = false;
    let warned = false;
    for (let i = exposed + 1; i < messages.length; i++) {
      if (messages[i]!.role !== "agent") continue;
      const features = context.features(i);
      const move = PRIVATE.first(features.text, features.leadEnd) ?? (messages[i]!.visibility === "private" ? { start: 0, end: 0, text: "" } : undefined);
      const warn = WARN.first(features.text, features.leadEnd);
      if (move && !moved) evidence.push(evidenceAt(messages[i]!, move, "moves the conversation to a private channel"));
      if (warn && !warned) evidence.push(evidenceAt(messages[i]!, warn, "warns the customer about posting it publicly"));
      moved ||= move !== undefined;
      warned ||= warn !== undefined;
    }
    const label = moved && warned ? "moved-and-warned" : moved ? "moved" : warned ? "warned" : "none";
    return { label, score: moved && warned ? 1 : moved || warned ? 0.5 : 0, evidence };
  },
});

/** The first public customer message with sensitive data, where it is, and what it is. */
function firstExposure(messages: readonly Message[]): { exposed: number; span: Span; what: string } | undefined {
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i]!;
    if (message.role !== "customer" || message.visibility !== "public") continue;
    for (const [find, what] of SENSITIVE) {
      const span = find(message.text);
      if (span) return { exposed: i, span, what };
    }
  }
  return undefined;
}

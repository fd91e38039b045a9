import { z } from "zod";
import { patterns } from "../text/phrase-matcher.js";
import { defineRubric } from "./define-rubric.js";
import { agentIndexes, evidenceAt } from "./evidence.js";
import type { Evidence } from "./types.js";

const SENSITIVE: [RegExp, string][] = [
  [/[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/, "an e-mail address"],
  [/(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/, "a phone number"],
  [/\b(?:\d[ -]?){13,19}\b/, "a card or account number"],
  [/\b(?:order|account|acct|booking|confirmation|reference|ref|ticket|case|policy|member(?:ship)?|tracking)\s?(?:no\.?|number|#|id)?\s?[:#]?\s?[A-Z0-9-]{5,20}\b/i, "an order or account number"],
  [/\b(?:my )?(?:password|passcode|pin|ssn|social security)\s?(?:is|:)\s?\S{3,40}/i, "a password or PIN"],
  [/\b\d{1,5}\s(?:[A-Z][a-z]{1,20}\s){1,3}(?:st|street|ave|avenue|rd|road|blvd|lane|ln|drive|dr|court|ct)\b/i, "a street address"],
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
    const exposed = messages.findIndex((m) => m.role === "customer" && m.visibility === "public" && SENSITIVE.some(([pattern]) => pattern.test(m.text)));
    if (exposed === -1) return { label: "n/a", score: null, evidence: [] };
    const message = messages[exposed]!;
    const [pattern, what] = SENSITIVE.find(([p]) => p.test(message.text))!;
    const hit = pattern.exec(message.text)!;
    const evidence: Evidence[] = [evidenceAt(message, { start: hit.index, end: hit.index + hit[0].length }, `posts ${what} publicly`)];
    let moved = false;
    let warned = false;
    for (const i of agentIndexes(messages).filter((i) => i > exposed)) {
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

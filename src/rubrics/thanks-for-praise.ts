import { z } from "zod";
import { patterns } from "../text/phrase-matcher.js";
import { defineRubric } from "./define-rubric.js";
import { evidenceAt } from "./evidence.js";

const ACKNOWLEDGE = patterns([
  "thanks?|thank you|thx|ty", "(?:glad|happy|great|good|love|awesome|thrilled|delighted|pleased) to (?:hear|see|know|read)", "(?:glad|happy) (?:we|i) could", "(?:you'?re|you are) (?:very |so |most )?welcome",
  "(?:appreciate|appreciating) (?:it|you|the|your|that|this)", "(?:means|meant) (?:a lot|the world)", "(?:kind|lovely|sweet) (?:words|of you|message)", "(?:we'?ll|we will|i'?ll|i will) (?:pass|share) (?:\\w{1,12} ){0,3}(?:on|along|with)",
  "(?:that'?s|this is|so) (?:great|awesome|amazing|wonderful|fantastic) to hear", "(?:made|make) our day", "(?:cheers|yay|woo\\w{0,3}|hooray)",
]);

/**
 * `thanks-for-praise` (per conversation): when the customer thanks or praises (positive tone),
 * "acknowledged" if a later agent message thanks them or acknowledges it ("Glad to hear it!", "We'll pass
 * your kind words on"), "ignored" if no agent message after the praise does; "n/a" when the customer never
 * wrote anything positive. Score 1 / 0 / null.
 *
 * @example
 * // customer: "That worked, you guys are great!" / agent: "Glad to hear it! Enjoy the music /AY"
 * // => { label: "acknowledged", score: 1, ... }
 */
export const thanksForPraise = defineRubric({
  id: "thanks-for-praise",
  level: "conversation",
  description: "When the customer thanks or praises, an agent acknowledges it.",
  vocabulary: ["acknowledged", "ignored", "n/a"],
  defaults: {},
  configSchema: z.object({}),
  score(context) {
    const messages = context.conversation.messages;
    const praise = messages.findIndex((m, i) => m.role === "customer" && context.tone(i) === "positive");
    if (praise === -1) return { label: "n/a", score: null, evidence: [] };
    const praised = evidenceAt(messages[praise]!, undefined, "the customer thanks or praises");
    for (let i = praise + 1; i < messages.length; i++) {
      if (messages[i]!.role !== "agent") continue;
      const features = context.features(i);
      const found = ACKNOWLEDGE.first(features.text, features.leadEnd);
      if (found) return { label: "acknowledged", score: 1, evidence: [praised, evidenceAt(messages[i]!, found, "acknowledges the praise")] };
    }
    return { label: "ignored", score: 0, evidence: [praised] };
  },
});

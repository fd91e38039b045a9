import { z } from "zod";
import { patterns } from "../text/phrase-matcher.js";
import { defineRubric } from "./define-rubric.js";
import { contextAgents, evidenceAt } from "./evidence.js";

const FOLLOW_UP = patterns([
  "let (?:us|me) know (?:if|how|whether|what)", "keep (?:us|me) (?:posted|updated|in the loop)", "(?:does|did) (?:that|this|it|everything) (?:help|work|sort|fix|do the trick)",
  "(?:is|are) (?:everything|things|it|you) (?:working|sorted|all set|good|ok|okay|back)(?: now| again)?\\?", "how (?:did|does|is) (?:it|that|this|everything) (?:go|going|working|look)",
  "(?:anything|something) else (?:we|i) can", "(?:if|should) you (?:still )?(?:need|have) (?:any(?:thing)?|more|further|other|additional)", "(?:reach|get|come) back (?:out|to us|in touch)",
  "(?:we'?re|we are|i'?m|i am) (?:here|around|always here|a tweet away|just a tweet away)(?: if| for| to| whenever)?", "(?:feel free|don'?t hesitate) to", "(?:just )?give us a shout", "(?:we'?ll|we will|i'?ll|i will) (?:follow up|check back|check in|keep you (?:posted|updated))",
  "(?:were|was) (?:you|we) able to", "(?:just )?(?:checking|following) (?:in|up)", "any (?:luck|update|news)\\?", "(?:hope|hoping) (?:this|that|it) (?:helps|helped|works|worked)",
]);

/**
 * `follow-up` (per conversation): "followed-up" when, at or after their first answer, the agents check the
 * result or offer more help ("Let us know if that works", "Is everything working now?", "Anything else we
 * can help with?", "We're here if you need us"); "none" when they answered without doing so; "n/a" when
 * there is no agent reply. Score 1 / 0 / null.
 *
 * @example
 * // agent: "Try reinstalling the app. Let us know how it goes!"
 * // => { label: "followed-up", score: 1, evidence: [{ text: "Let us know how", ... }] }
 */
export const followUp = defineRubric({
  id: "follow-up",
  level: "conversation",
  description: "The agents checked the result or offered more help.",
  vocabulary: ["followed-up", "none", "n/a"],
  defaults: {},
  configSchema: z.object({}),
  score(context) {
    const messages = context.conversation.messages;
    const agents = contextAgents(context);
    if (agents.length === 0) return { label: "n/a", score: null, evidence: [] };
    let firstAnswer = 0;
    while (firstAnswer < agents.length && !context.acts(agents[firstAnswer]!).givesAnswer) firstAnswer++;
    if (firstAnswer === agents.length) firstAnswer = 0;
    for (let k = firstAnswer; k < agents.length; k++) {
      const i = agents[k]!;
      const features = context.features(i);
      const found = FOLLOW_UP.first(features.text, features.leadEnd);
      if (found) return { label: "followed-up", score: 1, evidence: [evidenceAt(messages[i]!, found, "checks the result or offers more help")] };
    }
    return { label: "none", score: 0, evidence: [] };
  },
});

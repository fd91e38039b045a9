import { z } from "zod";
import { patterns } from "../text/phrase-matcher.js";
import { defineRubric } from "./define-rubric.js";
import { contextAgents, evidenceAt } from "./evidence.js";

const PLAN = patterns([
  "(?:it|this|that) (?:looks|sounds|seems) like", "(?:it|this) (?:may|might|could) be (?:\\w{1,12} ){0,2}(?:because|due to|caused by|related to|an issue with|a problem with)", "(?:this|that|it) (?:is|was) (?:likely |probably )?(?:because|due to|caused by)",
  "the (?:cause|reason|issue|problem) (?:is|was|seems|appears)", "(?:here'?s|here is) (?:what|how|the plan|our plan)", "(?:the )?next step", "(?:first|to start|let'?s start)[,]? (?:\\w{1,12} ){0,6}(?:then|after that|next)",
  "(?:we'?ll|we will|i'?ll|i will) (?:need to|first|start by)", "(?:we'?re going to|we are going to|i'?m going to|i am going to)", "(?:once|after) (?:we|you|that'?s|this is) (?:\\w{1,12} ){0,4}(?:we'?ll|we will|you'?ll|you will|i'?ll)",
  "(?:to|in order to) (?:fix|resolve|sort|solve) (?:this|that|it)(?:,| we| you)", "(?:indicates|means) (?:that )?(?:your|the|there)",
]);

/**
 * `share-the-plan` (per conversation): before acting or giving steps, did the agents share their diagnosis
 * or plan ("It looks like your cache is full; first clear it, then ...", "Here's what we'll do")?
 * "shared" when the first answer or an earlier agent message states a diagnosis or plan; "not-shared" when
 * the agents answered without one; "n/a" when no agent message gave an answer. Score 1 / 0 / null.
 *
 * @example
 * // "The error WS-37368-7 indicates that your account has been suspended due to a chargeback. This article ..."
 * // => { label: "shared", score: 1, ... }
 */
export const shareThePlan = defineRubric({
  id: "share-the-plan",
  level: "conversation",
  description: "The agents shared their diagnosis or plan before acting or giving steps.",
  vocabulary: ["shared", "not-shared", "n/a"],
  defaults: {},
  configSchema: z.object({}),
  score(context) {
    const messages = context.conversation.messages;
    const agents = contextAgents(context);
    const firstAnswer = agents.find((i) => context.acts(i).givesAnswer);
    if (firstAnswer === undefined) return { label: "n/a", score: null, evidence: [] };
    for (const i of agents) {
      if (i > firstAnswer) break;
      const features = context.features(i);
      const found = PLAN.first(features.text, features.leadEnd);
      if (found) return { label: "shared", score: 1, evidence: [evidenceAt(messages[i]!, found, "shares the diagnosis or plan")] };
    }
    return { label: "not-shared", score: 0, evidence: [evidenceAt(messages[firstAnswer]!, context.acts(firstAnswer).answers[0], "answers without a diagnosis or plan")] };
  },
});

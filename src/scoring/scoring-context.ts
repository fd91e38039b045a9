import type { Conversation } from "../model/conversation.js";
import { AGENT_INDEXES } from "../rubrics/evidence.js";
import type { ScoringContext } from "../rubrics/types.js";
import { dialogueActs, type DialogueActs } from "../text/dialogue-acts.js";
import { textFeatures, type TextFeatures } from "../text/text-features.js";
import { messageTone, type Tone, type ToneOptions } from "../text/tone.js";
import { routeWantedBefore } from "../text/route-wanted.js";
import { customerAsked, lastCustomerBefore } from "../text/customer-asked.js";
import type { TemplateLibrary } from "./template-library.js";

/**
 * The scoring context of one conversation: text features, tone and dialogue acts of each message,
 * computed on first use and kept for the other rubrics.
 */
export function scoringContext(conversation: Conversation, templates: TemplateLibrary, tone: ToneOptions = {}): ScoringContext {
  const messages = conversation.messages;
  const features: (TextFeatures | undefined)[] = new Array(messages.length);
  const tones: (Tone | undefined)[] = new Array(messages.length);
  const acts: (DialogueActs | undefined)[] = new Array(messages.length);
  const context: ScoringContext & { [AGENT_INDEXES]: number[] | undefined } = {
    conversation,
    templates,
    features: (i) => (features[i] ??= textFeatures(messages[i]!.text, messages[i]!.role)),
    tone: (i) => (tones[i] ??= messageTone(messages[i]!.text, tone).tone),
    acts: (i) => (acts[i] ??= dialogueActs(context.features(i), { routeWanted: routeWantedBefore(messages, i), customerAsked: askedBefore(i) })),
    // The agent messages' indexes, found once for the conversation-level rubrics (contextAgents).
    [AGENT_INDEXES]: undefined,
  };
  // Per customer message: the agent's replies to one message (often several) ask about it once.
  const asked: (boolean | undefined)[] = new Array(messages.length);
  const askedBefore = (i: number) => {
    if (messages[i]!.role !== "agent") return false;
    const last = lastCustomerBefore(messages, i);
    return last >= 0 && (asked[last] ??= customerAsked([context.features(last)]));
  };
  return context;
}

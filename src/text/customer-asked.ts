import type { TextFeatures } from "./text-features.js";

/** A customer sentence that opens like a question though it may lack the "?" ("will I get it ...", "how long ..."). */
const QUESTION_OPENING = /^(?:(?:hi|hey|hello|so|ok|okay|also|and|but|just curious|quick question)[,.!…]{0,3}\s{1,3}){0,2}(?:how|what|when|where|why|which|who|is|are|was|were|can|could|will|would|do|does|did|should|shall|may|any idea|is there|are there)\b/i;

/** How far back to look for the customer's message (real threads alternate; this bounds long runs of agent messages). */
const LOOK_BACK = 20;

/**
 * Whether the customer's last message before a reply asks something: a sentence ending in "?" or opening
 * like a question ("will I get the pass the moment I have the points"). A reply that then states facts
 * ("Once the points load, you get it immediately") answers them, even without words such as "try" or
 * "because".
 *
 * @example
 * customerAsked([textFeatures("@Tesco Will I lose my basket if I delete the cookies?", "customer")]); // => true
 * customerAsked([textFeatures("@Tesco your website is broken", "customer")]); // => false
 */
export function customerAsked(lastCustomerMessage: readonly TextFeatures[]): boolean {
  return lastCustomerMessage.some((f) => f.sentences.some((s) => s.endsWithQuestionMark || QUESTION_OPENING.test(s.text)));
}

/**
 * The index of the customer's last message before `index` (stopping at the first one found, at most
 * {@link LOOK_BACK} messages back), or -1.
 *
 * @example
 * lastCustomerBefore([{ role: "customer" }, { role: "agent" }, { role: "agent" }], 2); // => 0
 */
export function lastCustomerBefore(messages: readonly { role: string }[], index: number): number {
  for (let i = index - 1; i >= 0 && i >= index - LOOK_BACK; i--) if (messages[i]!.role === "customer") return i;
  return -1;
}

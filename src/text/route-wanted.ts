import { patterns } from "./phrase-matcher.js";

const WANTS_A_ROUTE = patterns([
  "how (?:can|do|would|should) (?:i|we) (?:\\w{1,12} ){0,2}(?:report|contact|reach|suggest|submit|request|open a ticket|get in touch|speak|talk|flag|appeal|dispute)",
  "where (?:can|do|should|would) (?:i|we) (?:\\w{1,12} ){0,2}(?:report|submit|suggest|send|request|appeal|flag)",
  "(?:is there|do you have|you have) (?:a |an |any )?(?:way|customer service|customer support|support|phone|number|email|chat|live chat|form|department|dept|contact)",
  "(?:who|what) (?:can|do|should) (?:i|we) (?:contact|call|email|talk to|speak to)", "nowhere to (?:open|submit|report|contact)", "(?:how|where) to (?:report|contact|submit|appeal)",
  "please add", "(?:it|that) would be (?:great|nice|awesome|cool|amazing|helpful) if", "(?:can|could|would|will) you (?:please )?(?:add|bring|make|include|put|consider|allow)",
  "feature request", "suggestion", "(?:i|we) wish (?:you|there|it|they)", "bring (?:it |them |this )?back", "add (?:an|a|the) (?:option|feature|setting|button)", "should (?:add|have|be able to)",
]);

/**
 * Whether the customer suggested something or asked how to report or reach someone: then a route to
 * submit the idea, a report form or a contact page is what they asked for, and counts as an answer.
 *
 * @example
 * routeWanted(["@Spotify please add lyrics to the desktop app!"]); // => true
 * routeWanted(["@Spotify my app crashes on launch"]); // => false
 */
export function routeWanted(customerTexts: readonly string[]): boolean {
  return customerTexts.some((text) => WANTS_A_ROUTE.first(text) !== undefined);
}

const firstWanting = new WeakMap<readonly Said[], { scanned: number; first: number }>();
type Said = { role: string; text: string };

/**
 * `routeWanted` of the customer messages before `index`, for a conversation's messages: the first
 * customer message that asks for a route is found once per messages array, scanning forward only as far
 * as asked, so asking for every reply of a 100,000-message thread stays linear.
 *
 * @example
 * routeWantedBefore([{ role: "customer", text: "please add lyrics" }, { role: "agent", text: "ok" }], 1); // => true
 */
export function routeWantedBefore(messages: readonly Said[], index: number): boolean {
  let state = firstWanting.get(messages);
  if (!state) firstWanting.set(messages, (state = { scanned: 0, first: Infinity }));
  for (; state.scanned < index && state.first === Infinity; state.scanned++) {
    const message = messages[state.scanned]!;
    if (message.role === "customer" && WANTS_A_ROUTE.first(message.text) !== undefined) state.first = state.scanned;
  }
  return state.first < index;
}

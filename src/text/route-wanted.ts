import { patterns, type PhraseMatcher } from "./phrase-matcher.js";

/** Asking how to reach someone: a contact page is what they asked for (an answer), yet still a hand-off. */
const CONTACT = [
  "how (?:can|do|would|should) (?:i|we) (?:\\w{1,12} ){0,2}(?:contact|reach|open a ticket|get in touch|speak|talk)",
  "(?:is there|do you have|you have) (?:a |an |any )?(?:way|customer service|customer support|support|phone|number|email|chat|live chat|form|department|dept|contact)",
  "(?:who|what) (?:can|do|should) (?:i|we) (?:contact|call|email|talk to|speak to)", "nowhere to (?:open|submit|report|contact)", "(?:how|where) to contact",
];
/** Asking how to report or appeal something, or suggesting something: the route to do so is the help. */
const REPORT_OR_SUGGEST = [
  "how (?:can|do|would|should) (?:i|we) (?:\\w{1,12} ){0,2}(?:report|suggest|submit|request|flag|appeal|dispute)",
  "where (?:can|do|should|would) (?:i|we) (?:\\w{1,12} ){0,2}(?:report|submit|suggest|send|request|appeal|flag)", "(?:how|where) to (?:report|submit|appeal)",
  "please add", "(?:it|that) would be (?:great|nice|awesome|cool|amazing|helpful) if", "(?:can|could|would|will) you (?:please )?(?:add|bring|make|include|put|consider|allow)",
  "feature request", "suggestion", "(?:i|we) wish (?:you|there|it|they)", "bring (?:it |them |this )?back", "add (?:an|a|the) (?:option|feature|setting|button)", "should (?:add|have|be able to)",
];
const WANTS_A_ROUTE = patterns([...CONTACT, ...REPORT_OR_SUGGEST]);
const WANTS_TO_REPORT = patterns(REPORT_OR_SUGGEST);

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

type Said = { role: string; text: string };
type Scan = { scanned: number; first: number };
const firstWanting = new WeakMap<readonly Said[], Scan>();
const firstReporting = new WeakMap<readonly Said[], Scan>();

/**
 * `routeWanted` of the customer messages before `index`, for a conversation's messages: the first
 * customer message that asks for a route is found once per messages array, scanning forward only as far
 * as asked, so asking for every reply of a 100,000-message thread stays linear.
 *
 * @example
 * routeWantedBefore([{ role: "customer", text: "please add lyrics" }, { role: "agent", text: "ok" }], 1); // => true
 */
export function routeWantedBefore(messages: readonly Said[], index: number): boolean {
  return firstBefore(WANTS_A_ROUTE, firstWanting, messages, index);
}

/**
 * Whether a customer message before `index` asked how to report, flag or appeal something, or suggested
 * something: then a report form, an appeal or a feedback page is the help asked for, not a hand-off. Asking
 * how to reach someone is not enough: a contact page in answer still sends them elsewhere.
 *
 * @example
 * reportWantedBefore([{ role: "customer", text: "how can I report a scam site?" }, { role: "agent", text: "here" }], 1); // => true
 * reportWantedBefore([{ role: "customer", text: "how can I speak to someone?" }, { role: "agent", text: "here" }], 1); // => false
 */
export function reportWantedBefore(messages: readonly Said[], index: number): boolean {
  return firstBefore(WANTS_TO_REPORT, firstReporting, messages, index);
}

function firstBefore(matcher: PhraseMatcher, cache: WeakMap<readonly Said[], Scan>, messages: readonly Said[], index: number): boolean {
  let state = cache.get(messages);
  if (!state) cache.set(messages, (state = { scanned: 0, first: Infinity }));
  for (; state.scanned < index && state.first === Infinity; state.scanned++) {
    const message = messages[state.scanned]!;
    if (message.role === "customer" && matcher.first(message.text) !== undefined) state.first = state.scanned;
  }
  return state.first < index;
}

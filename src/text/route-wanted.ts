import { patterns } from "./phrase-matcher.js";
import { sentenceLiterals } from "./sentence-literals.js";

/** Asking how to reach someone: a contact page is what they asked for (an answer), yet still a hand-off. @internal (exported for tests) */
export const CONTACT = [
  "how (?:can|do|would|should) (?:i|we) (?:\\w{1,12} ){0,2}(?:contact|reach|open a ticket|get in touch|speak|talk)",
  "(?:is there|do you have|you have) (?:a |an |any )?(?:way|customer service|customer support|support|phone|number|email|chat|live chat|form|department|dept|contact)",
  "(?:who|what) (?:can|do|should) (?:i|we) (?:contact|call|email|talk to|speak to)", "nowhere to (?:open|submit|report|contact)", "(?:how|where) to contact",
];
/** Asking how to report or appeal something, or suggesting something: the route to do so is the help. @internal (exported for tests) */
export const REPORT_OR_SUGGEST = [
  "how (?:can|do|would|should) (?:i|we) (?:\\w{1,12} ){0,2}(?:report|suggest|submit|request|flag|appeal|dispute)",
  "where (?:can|do|should|would) (?:i|we) (?:\\w{1,12} ){0,2}(?:report|submit|suggest|send|request|appeal|flag)", "(?:how|where) to (?:report|submit|appeal)",
  "please add", "(?:it|that) would be (?:great|nice|awesome|cool|amazing|helpful) if", "(?:can|could|would|will) you (?:please )?(?:add|bring|make|include|put|consider|allow)",
  "feature request", "suggestion", "(?:i|we) wish (?:you|there|it|they)", "bring (?:it |them |this )?back", "add (?:an|a|the) (?:option|feature|setting|button)", "should (?:add|have|be able to)",
];
const WANTS_CONTACT = patterns(CONTACT);
const WANTS_TO_REPORT = patterns(REPORT_OR_SUGGEST);
/**
 * Which of the two lists may match in a text (bit 1: REPORT_OR_SUGGEST, bit 2: CONTACT): one of their
 * required literals lies in it. One scan over these lists' few literals, instead of the literal gate's
 * scan over every lexicon's (the customer's raw text is read by no other matcher, so that scan served
 * only these two); a list whose literals are absent cannot match, so its matcher is skipped.
 */
const mayWant = sentenceLiterals([REPORT_OR_SUGGEST, CONTACT]);
const REPORT_BIT = 1;
const CONTACT_BIT = 2;
/** `mayWant` of a whole text. */
const wantBits = (text: string): number => mayWant(text, [{ start: 0, end: text.length }])[0]!;

/**
 * Whether the customer suggested something or asked how to report or reach someone: then a route to
 * submit the idea, a report form or a contact page is what they asked for, and counts as an answer.
 *
 * @example
 * routeWanted(["@Spotify please add lyrics to the desktop app!"]); // => true
 * routeWanted(["@Spotify my app crashes on launch"]); // => false
 */
export function routeWanted(customerTexts: readonly string[]): boolean {
  return customerTexts.some((text) => WANTS_TO_REPORT.first(text) !== undefined || WANTS_CONTACT.first(text) !== undefined);
}

type Said = { role: string; text: string };

/**
 * `routeWanted` of the customer messages before `index`, for a conversation's messages.
 *
 * @example
 * routeWantedBefore([{ role: "customer", text: "please add lyrics" }, { role: "agent", text: "ok" }], 1); // => true
 */
export function routeWantedBefore(messages: readonly Said[], index: number): boolean {
  return scannedTo(messages, index).firstRoute < index;
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
  return scannedTo(messages, index).firstReport < index;
}

/** How far a conversation's customer messages have been read, and the first that asked for a route, or to report. */
interface Scan {
  messages: readonly Said[];
  scanned: number;
  firstRoute: number;
  firstReport: number;
}

/**
 * The scan of the last conversation asked about. Replies are scored conversation by conversation, so one
 * scan kept (instead of an entry per conversation) is nearly always the one asked for; each customer
 * message is read once, forward only as far as asked, so every reply of a 100,000-message thread stays linear.
 */
let last: Scan | undefined;

function scannedTo(messages: readonly Said[], index: number): Scan {
  let scan = last;
  if (scan === undefined || scan.messages !== messages) last = scan = { messages, scanned: 0, firstRoute: Infinity, firstReport: Infinity };
  // A request to report is a request for a route too: once one is found, both answers are known.
  for (; scan.scanned < index && scan.firstReport === Infinity; scan.scanned++) {
    const message = messages[scan.scanned]!;
    if (message.role !== "customer") continue;
    const bits = wantBits(message.text);
    if (bits === 0) continue;
    if ((bits & REPORT_BIT) !== 0 && WANTS_TO_REPORT.first(message.text) !== undefined) {
      scan.firstReport = scan.scanned;
      if (scan.firstRoute === Infinity) scan.firstRoute = scan.scanned;
    } else if (scan.firstRoute === Infinity && (bits & CONTACT_BIT) !== 0 && WANTS_CONTACT.first(message.text) !== undefined) scan.firstRoute = scan.scanned;
  }
  return scan;
}

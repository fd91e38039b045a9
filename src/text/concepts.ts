import { stem } from "./words.js";

/**
 * Words customers and agents use for the same kind of problem, in groups: "can't reach the server" and "trouble
 * connecting", "mic won't work" and "audio issues", "never arrived" and "an order you haven't received".
 * A reply that names the customer's problem in other words still refers to it. Each group holds the
 * everyday care vocabulary of one kind of problem, not the wording of particular messages.
 */
const GROUPS: readonly (readonly string[])[] = [
  ["connect", "connecting", "connection", "disconnect", "disconnecting", "server", "servers", "network", "wifi", "internet", "lag", "lagging"],
  ["audio", "sound", "mic", "microphone", "speaker", "speakers", "headphones", "volume", "hear", "muted"],
  ["deliver", "delivery", "delivered", "arrive", "arrived", "arriving", "received", "receive", "shipping", "shipped", "package", "parcel", "courier", "tracking"],
  ["charge", "charged", "charges", "payment", "billing", "billed", "refund", "refunded", "money", "fee", "fees"],
  ["login", "log", "logging", "sign", "signing", "password", "locked", "lockout", "access", "verification", "2fa"],
  ["bonus", "reward", "rewards", "promo", "promotion", "offer", "discount", "coupon", "voucher"],
  ["crash", "crashes", "crashing", "freeze", "freezes", "freezing", "frozen", "stuck", "glitch", "bug", "bugs"],
  ["lost", "lose", "find", "locate", "missing", "stolen"],
  ["hack", "hacked", "compromised", "phishing", "scam", "scammer", "spam", "fraud", "fraudulent"],
  ["cancel", "cancelled", "canceled", "cancellation", "unsubscribe", "subscription"],
  ["delete", "deleted", "remove", "removed", "disappeared", "gone"],
  ["flight", "flights", "trip", "travel", "booking", "booked", "reservation"],
];

const CONCEPT = new Map<string, string>();
GROUPS.forEach((group, i) => {
  for (const word of group) CONCEPT.set(stem(word), `~${i}`);
});

/**
 * The group a word's stem belongs to (a key no stem can equal), or undefined.
 *
 * @example
 * conceptOf(stem("connecting")) === conceptOf(stem("online")); // => true
 * conceptOf(stem("playlist")); // => undefined
 */
export function conceptOf(stemmed: string): string | undefined {
  return CONCEPT.get(stemmed);
}

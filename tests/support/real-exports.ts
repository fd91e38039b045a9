import type { Conversation } from "../../src/model/conversation.js";
import { parseExport } from "../../src/io/read-export.js";
import { dataText } from "./data.js";

const cache = new Map<string, Promise<Conversation[]>>();

/** The conversations of a real export in ../shared/data, loaded once per test file. */
export function realConversations(relative: string, format: "ibm-cdp" | "twcs"): Promise<Conversation[]> {
  const key = `${format}:${relative}`;
  let loaded = cache.get(key);
  if (!loaded) cache.set(key, (loaded = parseExport(dataText(relative), { format }).then((result) => result.conversations)));
  return loaded;
}

/**
 * The headline figures computed the plain way, by a loop that shares no code with src/metrics: a contact's
 * first customer-or-agent message is the customer's; FRT = first agent message - that message.
 */
export function plainHeadline(conversations: Conversation[], targets = [1800, 3600]) {
  let contacts = 0;
  let responded = 0;
  const frt: number[] = [];
  for (const c of conversations) {
    const people = c.messages.filter((m) => m.role === "customer" || m.role === "agent");
    if (people[0]?.role !== "customer") continue;
    contacts++;
    const reply = people.find((m) => m.role === "agent");
    if (!reply) continue;
    responded++;
    if (reply.sentAt && people[0].sentAt) frt.push((reply.sentAt.getTime() - people[0].sentAt.getTime()) / 1000);
  }
  frt.sort((a, b) => a - b);
  // R type 7 by hand: h = (n - 1) p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
  const type7 = (p: number) => {
    const h = (frt.length - 1) * p;
    const low = Math.floor(h);
    return frt[low]! + (h - low) * (frt[Math.min(low + 1, frt.length - 1)]! - frt[low]!);
  };
  return {
    contacts,
    responded,
    responseRate: responded / contacts,
    timed: frt.length,
    medianSeconds: type7(0.5),
    p90Seconds: type7(0.9),
    meanSeconds: frt.reduce((a, b) => a + b, 0) / frt.length,
    within: targets.map((t) => frt.filter((x) => x <= t).length / frt.length),
  };
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Conversation } from "../../src/model/conversation.js";
import type { Role } from "../../src/model/message.js";
import { agentKey } from "../../src/model/agent-key.js";
import { CUSTOMER_HISTORY, sharesContentWords } from "../../src/text/customer-overlap.js";
import { maskedText } from "../../src/text/mask.js";
import { textFeatures, type TextFeatures } from "../../src/text/text-features.js";
import { bandKeys, signature, similarity } from "../../src/scoring/minhash.js";
import { TemplateMiner, mineTemplates, type TemplateOptions } from "../../src/scoring/template-miner.js";

/**
 * The miner as first written (every customer message's features worked out as it is read, one Map of
 * band keys, a new signature per reply): the library it mines is the one TemplateMiner must mine.
 */
function referenceLibrary(conversations: Conversation[], options: TemplateOptions = {}): unknown {
  const threshold = options.threshold ?? 0.7;
  const minConversations = options.minConversations ?? 3;
  const maxClusters = options.maxClusters ?? 200_000;
  type Cluster = { signature: Uint32Array; text: string; replies: number; topical: number; conversations: number; lastConversation: string; agents: Set<string>; order: number; compared: number };
  const clusters: (Cluster | undefined)[] = [];
  const index = new Map<number, number[]>();
  let live = 0;
  let mined = 0;
  const addReply = (masked: string, conversationId: string, agent: string, topical: boolean) => {
    mined++;
    const sig = signature(masked);
    const keys = bandKeys(sig);
    let found: Cluster | undefined;
    search: for (const key of keys) {
      for (const position of index.get(key) ?? []) {
        const cluster = clusters[position];
        if (!cluster || cluster.compared === mined) continue;
        cluster.compared = mined;
        if (similarity(sig, cluster.signature) >= threshold) {
          found = cluster;
          break search;
        }
      }
    }
    if (found) {
      found.replies++;
      if (topical) found.topical++;
      if (found.lastConversation !== conversationId) found.conversations++;
      found.lastConversation = conversationId;
      if (found.agents.size < 50) found.agents.add(agent);
      return;
    }
    const position = clusters.length;
    clusters.push({ signature: sig, text: masked, replies: 1, topical: topical ? 1 : 0, conversations: 1, lastConversation: conversationId, agents: new Set([agent]), order: position, compared: mined });
    for (const key of keys) index.set(key, [...(index.get(key) ?? []), position]);
    if (++live > maxClusters) {
      for (let i = 0; i < clusters.length; i++) {
        if (clusters[i]?.replies === 1) {
          clusters[i] = undefined;
          live--;
        }
      }
      for (const [key, list] of index) index.set(key, list.filter((p) => clusters[p] !== undefined));
    }
  };
  for (const conversation of conversations) {
    const customer: TextFeatures[] = [];
    for (const message of conversation.messages) {
      if (message.role === "customer" && customer.push(textFeatures(message.text, "customer")) > CUSTOMER_HISTORY) customer.shift();
      if (message.role !== "agent") continue;
      const features = textFeatures(message.text, "agent");
      const masked = maskedText(features);
      if (masked === "") continue;
      const topical = sharesContentWords(features, customer, { loose: true, notContent: [conversation.brand] });
      addReply(masked, conversation.id, agentKey(conversation.brand, message.agentId), topical);
    }
  }
  const kept = clusters.filter((c): c is Cluster => c !== undefined && c.conversations >= minConversations);
  kept.sort((a, b) => b.replies - a.replies || a.order - b.order);
  return {
    version: 1,
    threshold,
    minConversations,
    replies: mined,
    templates: kept.map((c, id) => ({ id, text: c.text, replies: c.replies, topicalShare: c.topical / c.replies, conversations: c.conversations, share: mined === 0 ? 0 : c.replies / mined, agents: [...c.agents].sort(), signature: [...c.signature] })),
  };
}

function conversation(id: string, brand: string, messages: { role: Role; text: string; agentId?: string }[]): Conversation {
  return {
    id,
    channel: "twitter",
    brand,
    customer: { id: `c${id}`, attributes: {} },
    messages: messages.map((m, i) => ({ id: `${id}-${i}`, conversationId: id, role: m.role, authorId: m.role === "agent" ? brand : `c${id}`, agentId: m.agentId, sentAt: null, text: m.text, channel: "twitter", visibility: "public" })),
  };
}

// Few words, so that replies repeat, nearly repeat and share words with the customer.
const WORD = fc.constantFrom("please", "dm", "us", "your", "order", "number", "refund", "wifi", "router", "broken", "Hi Anna,", "thanks", "https://t.co/x", "42", "@bob", "sorry", "account", "Acme");
const TEXT = fc.array(WORD, { maxLength: 12 }).map((words) => words.join(" "));
const MESSAGE = fc.record({ role: fc.constantFrom<Role>("customer", "customer", "agent", "agent", "bot"), text: TEXT, agentId: fc.option(fc.constantFrom("MM", "AY", "JS"), { nil: undefined }) });
const CONVERSATIONS = fc.array(
  fc.record({ id: fc.constantFrom("1", "2", "3", "4", "5", "6"), brand: fc.constantFrom("Acme", "AcmeHelp", "Zed"), messages: fc.array(MESSAGE, { maxLength: 12 }) }),
  { maxLength: 25 },
).map((list) => list.map((c) => conversation(c.id, c.brand, c.messages)));

describe("TemplateMiner", () => {
  it("mines the library the first-written miner mines, whatever the conversations and options", () => {
    const options = fc.record({ threshold: fc.constantFrom(0.5, 0.7, 0.9), minConversations: fc.constantFrom(1, 2, 3), maxClusters: fc.constantFrom(2, 5, 200_000) });
    fc.assert(fc.property(CONVERSATIONS, options, (conversations, opts) => {
        expect(mineTemplates(conversations, opts).toJSON()).toEqual(referenceLibrary(conversations, opts));
      }), { numRuns: 200 });
  });

  it("reads only the customer's last CUSTOMER_HISTORY messages before a reply, as the first-written miner did", () => {
    // The customer's topic ("router") is said only in messages pushed out of the window by the later ones.
    const early = Array.from({ length: 30 }, () => ({ role: "customer" as const, text: "my router is broken" }));
    const late = Array.from({ length: CUSTOMER_HISTORY * 2 + 7 }, () => ({ role: "customer" as const, text: "hello?" }));
    const reply = { role: "agent" as const, text: "@bob Sorry about the router, please dm us ^MM", agentId: "MM" };
    const conversations = ["1", "2", "3"].map((id) => conversation(id, "Acme", [...early, reply, ...late, reply, ...early.slice(0, 3), reply]));
    const library = mineTemplates(conversations).toJSON();
    expect(library).toEqual(referenceLibrary(conversations));
    expect(library.templates[0]!.topicalShare).toBeCloseTo(2 / 3);
  });

  it("counts replies given one at a time with addReply as the first-written miner did", () => {
    const miner = new TemplateMiner({ minConversations: 2 });
    for (const id of ["a", "b", "b"]) miner.addReply("please dm us your order number", id, "Acme/MM", id === "a");
    miner.addReply("something else entirely here", "c", "Acme/JS");
    const [template] = miner.library().templates;
    expect(template).toMatchObject({ replies: 3, conversations: 2, agents: ["Acme/MM"], topicalShare: 1 / 3 });
  });
});

import type { Conversation } from "../model/conversation.js";
import { CUSTOMER_HISTORY, sharesContentWords } from "../text/customer-overlap.js";
import { agentKey } from "../model/agent-key.js";
import { maskedText } from "../text/mask.js";
import { textFeatures, type TextFeatures } from "../text/text-features.js";
import { bandKeys, signature, similarity } from "./minhash.js";
import { TemplateLibrary } from "./template-library.js";

/** How templates are mined. */
export interface TemplateOptions {
  /** Estimated Jaccard similarity of word 3-grams from which two replies count as one template. Default 0.7. */
  threshold?: number;
  /** A template is a reply used in at least this many conversations. Default 3. */
  minConversations?: number;
  /** Memory bound: past this many clusters, one-off replies are forgotten. Default 200,000. */
  maxClusters?: number;
}

interface Cluster {
  signature: Uint32Array;
  text: string;
  replies: number;
  /** Uses in which the reply shared content words with what the customer had said. */
  topical: number;
  conversations: number;
  lastConversation: string;
  agents: Set<string>;
  order: number;
  /** The last reply it was compared with (a cluster found in several bands is compared once a reply). */
  compared: number;
}

/**
 * Mines reply templates from a stream of conversations in one pass with bounded memory: each agent
 * reply is masked, MinHashed and joined to the first earlier cluster it is similar enough to (found
 * through LSH bands), or starts a new one. Deterministic for a given order of conversations.
 *
 * @example
 * const miner = new TemplateMiner();
 * for await (const conversation of stream) miner.add(conversation);
 * const library = miner.library();
 */
export class TemplateMiner {
  private readonly clusters: (Cluster | undefined)[] = [];
  private readonly index = new Map<number, number[]>();
  private live = 0;
  private repliesMined = 0;
  private readonly threshold: number;
  private readonly minConversations: number;
  private readonly maxClusters: number;

  constructor(options: TemplateOptions = {}) {
    this.threshold = options.threshold ?? 0.7;
    this.minConversations = options.minConversations ?? 3;
    this.maxClusters = options.maxClusters ?? 200_000;
  }

  /** Replies mined so far. */
  get replies(): number {
    return this.repliesMined;
  }

  /** Mines the agent replies of a conversation. */
  add(conversation: Conversation): void {
    const customer: TextFeatures[] = [];
    for (const message of conversation.messages) {
      if (message.role === "customer" && customer.push(textFeatures(message.text, "customer")) > CUSTOMER_HISTORY) customer.shift();
      if (message.role !== "agent") continue;
      const features = textFeatures(message.text, "agent");
      const masked = maskedText(features);
      if (masked === "") continue;
      const topical = sharesContentWords(features, customer, { loose: true, notContent: [conversation.brand] });
      this.addReply(masked, conversation.id, agentKey(conversation.brand, message.agentId), topical);
    }
  }

  /** Mines one masked reply; `topical` when it shared content words with what the customer had said. */
  addReply(masked: string, conversationId: string, agent: string, topical = false): void {
    this.repliesMined++;
    const sig = signature(masked);
    const keys = bandKeys(sig);
    let found: Cluster | undefined;
    search: for (const key of keys) {
      for (const position of this.index.get(key) ?? []) {
        const cluster = this.clusters[position];
        if (!cluster || cluster.compared === this.repliesMined) continue;
        cluster.compared = this.repliesMined;
        if (similarity(sig, cluster.signature) >= this.threshold) {
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
    const position = this.clusters.length;
    this.clusters.push({ signature: sig, text: masked, replies: 1, topical: topical ? 1 : 0, conversations: 1, lastConversation: conversationId, agents: new Set([agent]), order: position, compared: this.repliesMined });
    for (const key of keys) {
      const list = this.index.get(key);
      if (list) list.push(position);
      else this.index.set(key, [position]);
    }
    if (++this.live > this.maxClusters) this.forgetOneOffs();
  }

  /** The templates found so far. */
  library(): TemplateLibrary {
    const kept = this.clusters.filter((c): c is Cluster => c !== undefined && c.conversations >= this.minConversations);
    kept.sort((a, b) => b.replies - a.replies || a.order - b.order);
    return TemplateLibrary.fromJSON({
      version: 1,
      threshold: this.threshold,
      minConversations: this.minConversations,
      replies: this.repliesMined,
      templates: kept.map((c, id) => ({
        id,
        text: c.text,
        replies: c.replies,
        topicalShare: c.topical / c.replies,
        conversations: c.conversations,
        share: this.repliesMined === 0 ? 0 : c.replies / this.repliesMined,
        agents: [...c.agents].sort(),
        signature: [...c.signature],
      })),
    });
  }

  private forgetOneOffs(): void {
    for (let i = 0; i < this.clusters.length; i++) {
      if (this.clusters[i]?.replies === 1) {
        this.clusters[i] = undefined;
        this.live--;
      }
    }
    for (const [key, list] of this.index) {
      const kept = list.filter((position) => this.clusters[position] !== undefined);
      if (kept.length === 0) this.index.delete(key);
      else this.index.set(key, kept);
    }
  }
}

/**
 * Mines the reply templates of a set of conversations.
 *
 * @example
 * mineTemplates(conversations).templates.slice(0, 3).map((t) => [t.text, t.conversations]);
 */
export function mineTemplates(conversations: Iterable<Conversation>, options: TemplateOptions = {}): TemplateLibrary {
  const miner = new TemplateMiner(options);
  for (const conversation of conversations) miner.add(conversation);
  return miner.library();
}

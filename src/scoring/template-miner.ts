import type { Conversation } from "../model/conversation.js";
import { CUSTOMER_HISTORY, sharesContentWords } from "../text/customer-overlap.js";
import { agentKey } from "../model/agent-key.js";
import { maskedText } from "../text/mask.js";
import { textFeatures, type TextFeatures } from "../text/text-features.js";
import { BANDS, SIGNATURE_SIZE, bandHashes, signatureInto, similarity } from "./minhash.js";
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
  /** Per band, the clusters by the band's hash (see bandHashes): small-integer keys, no key built per lookup. */
  private readonly index: Map<number, number[]>[] = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  /** The signature and band hashes of the reply being mined (copied only when it starts a cluster). */
  private readonly sig = new Uint32Array(SIGNATURE_SIZE);
  private readonly bands = new Int32Array(BANDS);
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

  /**
   * Mines the agent replies of a conversation. A reply is compared with the customer's last
   * CUSTOMER_HISTORY messages before it; their features are worked out when a reply first reads them, so
   * customer messages no reply reads (after the last reply, or pushed out of the window) cost nothing.
   */
  add(conversation: Conversation): void {
    const customer: TextFeatures[] = [];
    // Customer texts since the last reply that read the window, not yet in it (the last CUSTOMER_HISTORY).
    let unread: string[] = [];
    let options: { loose: true; notContent: string[] } | undefined;
    for (const message of conversation.messages) {
      if (message.role === "customer") {
        if (unread.push(message.text) >= 2 * CUSTOMER_HISTORY) unread = unread.slice(-CUSTOMER_HISTORY);
        continue;
      }
      if (message.role !== "agent") continue;
      const features = textFeatures(message.text, "agent");
      const masked = maskedText(features);
      if (masked === "") continue;
      if (unread.length > 0) {
        for (let i = Math.max(0, unread.length - CUSTOMER_HISTORY); i < unread.length; i++) {
          if (customer.push(textFeatures(unread[i]!, "customer")) > CUSTOMER_HISTORY) customer.shift();
        }
        unread = [];
      }
      // With no customer message before it, no word is shared (the test would say false).
      const topical = customer.length > 0 && sharesContentWords(features, customer, (options ??= { loose: true, notContent: [conversation.brand] }));
      const cluster = this.mine(masked, conversation.id, topical);
      if (cluster.agents.size < MAX_AGENTS) cluster.agents.add(agentKey(conversation.brand, message.agentId));
    }
  }

  /** Mines one masked reply; `topical` when it shared content words with what the customer had said. */
  addReply(masked: string, conversationId: string, agent: string, topical = false): void {
    const cluster = this.mine(masked, conversationId, topical);
    if (cluster.agents.size < MAX_AGENTS) cluster.agents.add(agent);
  }

  /**
   * Counts a reply in the first earlier cluster it is similar enough to (bands in order, clusters in the
   * order they joined the band), or starts a cluster; returns it, for its agent to be added.
   */
  private mine(masked: string, conversationId: string, topical: boolean): Cluster {
    this.repliesMined++;
    const sig = signatureInto(masked, this.sig);
    const bands = bandHashes(sig, this.bands);
    for (let band = 0; band < BANDS; band++) {
      const positions = this.index[band]!.get(bands[band]!);
      if (positions === undefined) continue;
      for (const position of positions) {
        const cluster = this.clusters[position];
        if (!cluster || cluster.compared === this.repliesMined) continue;
        cluster.compared = this.repliesMined;
        if (similarity(sig, cluster.signature) >= this.threshold) {
          cluster.replies++;
          if (topical) cluster.topical++;
          if (cluster.lastConversation !== conversationId) cluster.conversations++;
          cluster.lastConversation = conversationId;
          return cluster;
        }
      }
    }
    const position = this.clusters.length;
    const cluster: Cluster = { signature: sig.slice(), text: masked, replies: 1, topical: topical ? 1 : 0, conversations: 1, lastConversation: conversationId, agents: new Set(), order: position, compared: this.repliesMined };
    this.clusters.push(cluster);
    for (let band = 0; band < BANDS; band++) {
      const index = this.index[band]!;
      const list = index.get(bands[band]!);
      if (list) list.push(position);
      else index.set(bands[band]!, [position]);
    }
    if (++this.live > this.maxClusters) this.forgetOneOffs();
    return cluster;
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
    for (const index of this.index) {
      for (const [key, list] of index) {
        const kept = list.filter((position) => this.clusters[position] !== undefined);
        if (kept.length === 0) index.delete(key);
        else index.set(key, kept);
      }
    }
  }
}

/** A template lists at most this many of the agents who sent it. */
const MAX_AGENTS = 50;

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

import { BANDS, SIGNATURE_SIZE, bandHashes, signatureInto, similarity } from "./minhash.js";

/** A reply template: the same reply (after masking) sent in many conversations. */
export interface Template {
  id: number;
  /** A masked example of the template ("hi <name>, please dm us your order number"). */
  text: string;
  /** How many replies used it, and in how many conversations. */
  replies: number;
  /**
   * Share of its uses in which it shared content words with what the customer had said: high for a topic
   * template (one reply for one kind of problem, e.g. account recovery), low for a generic one.
   */
  topicalShare: number;
  conversations: number;
  /** Its share of all replies mined. */
  share: number;
  /** Agents who sent it ("brand/agentId"), at most 50. */
  agents: string[];
}

/** The serialisable form of a library (JSON). */
export interface TemplateLibraryData {
  version: 1;
  /** Estimated Jaccard similarity (of word 3-grams) from which two replies are the same template. */
  threshold: number;
  minConversations: number;
  /** Replies mined to build it. */
  replies: number;
  templates: (Template & { signature: number[] })[];
}

/**
 * The reply templates of a corpus, and a fast lookup of the template a reply belongs to (if any).
 * Built by {@link mineTemplates} or a {@link TemplateMiner}; saved and loaded as JSON so a large export
 * can be mined once (or a library supplied) and scored in parallel.
 *
 * @example
 * const library = mineTemplates(conversations);
 * library.templates[0]; // => { id: 3, text: "please send us an email at <link> and we will assist.", replies: 12, ... }
 * library.match(maskedText(features))?.id; // => 3
 */
export class TemplateLibrary {
  /** Per band, the templates by the band's hash (see bandHashes): small-integer keys, no key built per lookup. */
  private readonly index: Map<number, number[]>[] = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  /** The signature and band hashes of the reply being looked up. */
  private readonly sig = new Uint32Array(SIGNATURE_SIZE);
  private readonly bands = new Int32Array(BANDS);
  /** Matches of recent masked replies (templates repeat word for word): cleared when full. */
  private readonly recent = new Map<string, number | undefined>();
  /** The last lookup each template was compared in, so a template found in several bands is compared once. */
  private readonly compared: Uint32Array;
  private lookups = 0;
  private readonly signatures: Uint32Array[];
  /** The templates without their signatures, built once (a match returns one of them). */
  private readonly plain: Template[];

  constructor(private readonly data: TemplateLibraryData) {
    this.signatures = data.templates.map((t) => Uint32Array.from(t.signature));
    this.plain = data.templates.map(({ signature: _, ...template }) => template);
    this.compared = new Uint32Array(this.signatures.length);
    this.signatures.forEach((sig, position) => {
      const bands = bandHashes(sig, this.bands);
      for (let band = 0; band < BANDS; band++) {
        const index = this.index[band]!;
        const list = index.get(bands[band]!);
        if (list) list.push(position);
        else index.set(bands[band]!, [position]);
      }
    });
  }

  /** A library with no templates (nothing is templated). */
  static empty(): TemplateLibrary {
    return new TemplateLibrary({ version: 1, threshold: 0.7, minConversations: 3, replies: 0, templates: [] });
  }

  /** Reads a library saved with `toJSON()`. */
  static fromJSON(data: TemplateLibraryData): TemplateLibrary {
    return new TemplateLibrary(data);
  }

  toJSON(): TemplateLibraryData {
    return this.data;
  }

  /** The templates, most used first. */
  get templates(): Template[] {
    return this.data.templates.map(({ signature: _, ...template }) => template);
  }

  /** Replies mined to build the library. */
  get replies(): number {
    return this.data.replies;
  }

  /** The template a masked reply belongs to, or undefined (one object per template, shared by every match: read it, do not change it). */
  match(masked: string): Template | undefined {
    if (this.signatures.length === 0) return undefined;
    let best = this.recent.get(masked);
    if (best === undefined && !this.recent.has(masked)) {
      best = this.nearest(masked);
      if (this.recent.size >= RECENT_LIMIT) this.recent.clear();
      this.recent.set(masked, best);
    }
    return best === undefined ? undefined : this.plain[best];
  }

  /** The most similar template at or above the threshold (ties: the most used), by its position. */
  private nearest(masked: string): number | undefined {
    const sig = signatureInto(masked, this.sig);
    const bands = bandHashes(sig, this.bands);
    if (this.lookups === 0xffffffff) (this.compared.fill(0), (this.lookups = 0));
    const lookup = ++this.lookups;
    let best: number | undefined;
    let bestSimilarity = this.data.threshold;
    for (let band = 0; band < BANDS; band++) {
      const positions = this.index[band]!.get(bands[band]!);
      if (positions === undefined) continue;
      for (const position of positions) {
        if (this.compared[position] === lookup) continue;
        this.compared[position] = lookup;
        const s = similarity(sig, this.signatures[position]!);
        if (s >= bestSimilarity && (best === undefined || s > bestSimilarity || position < best)) {
          best = position;
          bestSimilarity = s;
        }
      }
    }
    return best;
  }
}

const RECENT_LIMIT = 50_000;

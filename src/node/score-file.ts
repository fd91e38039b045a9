import type { ReadOptions } from "../io/read-export.js";
import type { LoadReport } from "../io/load-report.js";
import type { Conversation } from "../model/conversation.js";
import type { ConversationScore } from "../scoring/conversation-score.js";
import { createScorer, type Scorer, type ScorerOptions } from "../scoring/create-scorer.js";
import { TemplateLibrary } from "../scoring/template-library.js";
import { TemplateMiner, type TemplateOptions } from "../scoring/template-miner.js";
import { openExport } from "./files.js";

/** How to score an export file. */
export interface ScoreFileOptions extends Omit<ScorerOptions, "templates"> {
  read: ReadOptions;
  /** A template library to use instead of mining one from the file (a first pass). */
  templates?: TemplateLibrary;
  /** Template mining: at most this many agent replies are read in the first pass (default 100,000). */
  mineReplies?: number;
  templateOptions?: TemplateOptions;
  /** Bytes read so far, for progress bars: `pass` 1 mines templates, 2 scores. */
  onProgress?: (pass: 1 | 2, bytes: number) => void;
}

/**
 * Mines the reply templates of an export file in a first, streaming pass, reading at most `mineReplies`
 * agent replies (templates recur, so the start of a large export finds them; the bound keeps memory flat).
 *
 * @example
 * const library = await mineFileTemplates("../shared/data/ibm-twitter-cdp/dev.json", { read: { format: "ibm-cdp" } });
 */
export async function mineFileTemplates(path: string, options: Pick<ScoreFileOptions, "read" | "mineReplies" | "templateOptions" | "onProgress">): Promise<TemplateLibrary> {
  const miner = new TemplateMiner(options.templateOptions);
  const limit = options.mineReplies ?? 100_000;
  let bytes = 0;
  const stream = await openExport(path, { ...options.read, strict: false, maxIssues: 0, onBytes: (n) => options.onProgress?.(1, (bytes += n)) });
  read: for await (const batch of stream.batches()) {
    for (const conversation of batch) {
      miner.add(conversation);
      if (miner.replies >= limit) break read;
    }
  }
  return miner.library();
}

/**
 * Scores every conversation of an export file as it streams: a first pass mines templates (unless a
 * library is given), the second scores. Yields each conversation with its score; `report()` gives the load
 * report once the generator is done.
 *
 * @example
 * const run = await scoreFile("../shared/data/ibm-twitter-cdp/test.json", { read: { format: "ibm-cdp" } });
 * for await (const { score } of run.scores) console.log(score.scorecard.total);
 */
export async function scoreFile(path: string, options: ScoreFileOptions): Promise<{ scorer: Scorer; scores: AsyncGenerator<{ conversation: Conversation; score: ConversationScore }>; report: () => LoadReport }> {
  const templates = options.templates ?? (await mineFileTemplates(path, options));
  const scorer = createScorer({ ...options, templates });
  let bytes = 0;
  const stream = await openExport(path, { ...options.read, onBytes: (n) => options.onProgress?.(2, (bytes += n)) });
  async function* scores() {
    for await (const conversation of stream) yield { conversation, score: scorer.score(conversation) };
  }
  return { scorer, scores: scores(), report: () => stream.report };
}

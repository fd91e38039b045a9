import { CarelensError } from "../errors.js";
import type { Conversation } from "../model/conversation.js";
import { configureRubric } from "../rubrics/define-rubric.js";
import { builtInRubrics } from "../rubrics/index.js";
import type { AnyRubric, ConversationRubric, MessageRubric, RubricResult } from "../rubrics/types.js";
import type { ToneOptions } from "../text/tone.js";
import { ToneOptionsSchema } from "../text/word-list.js";
import { z } from "zod";
import { agentKey } from "../model/agent-key.js";
import type { ConversationScore, CountedMessageScore, CountedScore } from "./conversation-score.js";
import { AgentList } from "./agent-list.js";
import { rollUp } from "./roll-up.js";
import { defaultScorecard, scorecardOfResults, type Scorecard } from "./scorecard.js";
import { scoringContext } from "./scoring-context.js";
import { TemplateLibrary } from "./template-library.js";

/** What a scorer scores with. */
export interface ScorerOptions {
  /** The rubrics to apply (default: every built-in rubric). Ids must be unique. */
  rubrics?: readonly AnyRubric[];
  /** Configuration per rubric id, merged over each rubric's defaults and validated. */
  config?: Record<string, Record<string, unknown>>;
  /** Reply templates of the corpus (mineTemplates); without it no reply is recognised as a template. */
  templates?: TemplateLibrary;
  /** Extra tone cues. */
  tone?: ToneOptions;
  scorecard?: Scorecard;
}

/** Scores conversations with a fixed set of rubrics. */
export interface Scorer {
  readonly rubrics: readonly AnyRubric[];
  readonly scorecard: Scorecard;
  readonly templates: TemplateLibrary;
  readonly tone: ToneOptions;
  /** Scores one conversation. Deterministic: the same conversation always gets the same score. */
  score(conversation: Conversation): ConversationScore;
}

/**
 * Builds a scorer: checks once that rubric ids are unique and that configuration names known rubrics and
 * fits their schemas.
 *
 * @example
 * const scorer = createScorer({ templates: mineTemplates(conversations), config: { "vent-wait": { minimumWaitSeconds: 90 } } });
 * scorer.score(conversations[0]).scorecard.total; // => 62.5
 */
export function createScorer(options: ScorerOptions = {}): Scorer {
  const rubrics = options.rubrics ?? builtInRubrics;
  const seen = new Map<string, AnyRubric>();
  for (const rubric of rubrics) {
    if (seen.has(rubric.id)) {
      throw new CarelensError(`two rubrics have the id "${rubric.id}": give your rubric another id (defineRubric({ id: "my-${rubric.id}", ... })), or leave the built-in "${rubric.id}" out of \`rubrics\``);
    }
    seen.set(rubric.id, rubric);
  }
  for (const id of Object.keys(options.config ?? {})) {
    if (!seen.has(id)) throw new CarelensError(`config names rubric "${id}", which is not in use; known rubrics: ${[...seen.keys()].join(", ")}`);
  }
  const configured = rubrics.map((rubric) => (options.config && Object.hasOwn(options.config, rubric.id) ? configureRubric(rubric, options.config[rubric.id]!) : rubric));
  const templates = options.templates ?? TemplateLibrary.empty();
  const scorecard = options.scorecard ?? defaultScorecard;
  const toneOptions = ToneOptionsSchema.safeParse(options.tone ?? {});
  if (!toneOptions.success) throw new CarelensError(`invalid tone options:\n${z.prettifyError(toneOptions.error)}`);
  const tone = options.tone ?? {};
  const plan = planOf(configured);
  return { rubrics: configured, scorecard, templates, tone, score: (conversation) => withTones(scoreConversation(conversation, plan, templates, tone, scorecard, true)) };
}

/**
 * Scores one conversation with a scorer's rubrics. `onlyReply` scores the message-level rubrics of that
 * message alone (checkDraft: the other replies' results would only feed roll-ups it does not report);
 * conversation-level rubrics read the whole conversation either way, so their results are unchanged.
 *
 * @example
 * scoreWith(scorer, conversation).rubrics["vent-wait"].label; // => "waited"
 * scoreWith(scorer, withDraft, { onlyReply: withDraft.messages.length - 1 }).messages.at(-1)!.rubrics.empathy.label; // => "none"
 */
export function scoreWith(scorer: Scorer, conversation: Conversation, options: { onlyReply?: number } = {}): ConversationScore {
  return withTones(scoreConversation(conversation, planOf(scorer.rubrics), scorer.templates, scorer.tone, scorer.scorecard, true, options.onlyReply));
}

/**
 * Scores conversations as a care job counts them: the scorer's score without the tone of agents'
 * messages, which no aggregate reads (about a sixth of the scoring time of a TWCS job).
 *
 * @example
 * const count = countingScorer(scorer);
 * count(conversation).messages.map((m) => m.tone); // => ["negative", undefined, "neutral"]
 */
export function countingScorer(scorer: Scorer): (conversation: Conversation) => CountedScore {
  const plan = planOf(scorer.rubrics);
  return (conversation) => scoreConversation(conversation, plan, scorer.templates, scorer.tone, scorer.scorecard, false);
}

/** A score read with every message's tone is a ConversationScore. */
function withTones(score: CountedScore): ConversationScore {
  return score as ConversationScore;
}

/** A scorer's rubrics split by level, worked out once per scorer rather than once per conversation. */
interface RubricPlan {
  messageRubrics: readonly MessageRubric[];
  conversationRubrics: readonly ConversationRubric[];
}

function planOf(rubrics: readonly AnyRubric[]): RubricPlan {
  return {
    messageRubrics: rubrics.filter((r): r is MessageRubric => r.level === "message"),
    conversationRubrics: rubrics.filter((r): r is ConversationRubric => r.level === "conversation"),
  };
}

/** The results of a rubric that scored no reply: rollUp only reads them. */
const NO_RESULTS: readonly RubricResult[] = Object.freeze([]);

/**
 * Scores a conversation. Written for the job's hot path: one loop over the messages with no closure,
 * per-rubric result arrays sized to the replies scored (none for a conversation without replies), the
 * scorecard read straight off the results, and an agent's key built once per run of their replies.
 */
function scoreConversation(conversation: Conversation, plan: RubricPlan, templates: TemplateLibrary, tone: ToneOptions, scorecard: Scorecard, agentTones: boolean, onlyReply?: number): CountedScore {
  const context = scoringContext(conversation, templates, tone);
  const { messageRubrics, conversationRubrics } = plan;
  const all = conversation.messages;
  const count = all.length;
  let replies = 0;
  for (let i = 0; i < count; i++) if (all[i]!.role === "agent" && (onlyReply === undefined || onlyReply === i)) replies++;
  const perRubric: RubricResult[][] = new Array(messageRubrics.length);
  if (replies > 0) for (let r = 0; r < messageRubrics.length; r++) perRubric[r] = new Array(replies);
  const agents = new AgentList();
  const messages: CountedMessageScore[] = new Array(count);
  let scored = 0;
  let lastAgentId: string | undefined;
  let lastAgent: string | undefined;
  for (let i = 0; i < count; i++) {
    const message = all[i]!;
    const isAgent = message.role === "agent";
    let agent: string | undefined;
    if (isAgent) {
      // Replies come in runs by one agent: their key is built once per run.
      agent = lastAgent !== undefined && message.agentId === lastAgentId ? lastAgent : agentKey(conversation.brand, message.agentId);
      lastAgentId = message.agentId;
      lastAgent = agent;
      agents.add(agent);
    }
    const acts = isAgent ? context.acts(i) : undefined;
    const results: Record<string, RubricResult> = {};
    if (isAgent && (onlyReply === undefined || onlyReply === i)) {
      for (let r = 0; r < messageRubrics.length; r++) {
        const rubric = messageRubrics[r]!;
        const result = checked(rubric, rubric.score(context, i, rubric.defaults));
        results[rubric.id] = result;
        perRubric[r]![scored] = result;
      }
      scored++;
    }
    // Every message's tone is worked out here (agents' too, unless they are not wanted): a lazy getter per
    // message score would give each one its own hidden class (held in old space, with its closure over the
    // whole context), and every young-generation collection then kept the scoring of the last tens of
    // conversations alive.
    messages[i] = { messageId: message.id, role: message.role, agent, agentId: message.agentId, sentAt: message.sentAt, tone: isAgent && !agentTones ? undefined : context.tone(i), asksQuestion: acts?.asksQuestion, givesAnswer: acts?.givesAnswer, rubrics: results };
  }
  const rubricResults: ConversationScore["rubrics"] = {};
  for (const rubric of conversationRubrics) rubricResults[rubric.id] = checked(rubric, rubric.score(context, rubric.defaults)) as RubricResult & Record<string, unknown>;
  // A roll-up is a fresh result with one more field (replies): kept as it is, not copied.
  for (let r = 0; r < messageRubrics.length; r++) rubricResults[messageRubrics[r]!.id] = rollUp(messageRubrics[r]!, replies > 0 ? perRubric[r]! : NO_RESULTS) as unknown as RubricResult & Record<string, unknown>;
  return {
    conversationId: conversation.id,
    brand: conversation.brand,
    channel: conversation.channel,
    group: conversation.group,
    agents: agents.sorted(),
    messages,
    rubrics: rubricResults,
    scorecard: scorecardOfResults(scorecard, rubricResults),
  };
}

/** A rubric's result must use its vocabulary and a score in [0, 1] or null: user rubrics are held to it. */
function checked<R extends RubricResult>(rubric: AnyRubric, result: R): R {
  if (!rubric.vocabulary.includes(result.label)) {
    throw new CarelensError(`rubric "${rubric.id}" returned label ${JSON.stringify(result.label)}, not one of ${rubric.vocabulary.join(", ")}`);
  }
  if (result.score !== null && !(result.score >= 0 && result.score <= 1)) {
    throw new CarelensError(`rubric "${rubric.id}" returned score ${result.score}: scores must be within [0, 1], or null when not applicable`);
  }
  return result;
}

import type { z } from "zod";
import type { Conversation } from "../model/conversation.js";
import type { DialogueActs } from "../text/dialogue-acts.js";
import type { TextFeatures } from "../text/text-features.js";
import type { Tone } from "../text/tone.js";
import type { TemplateLibrary } from "../scoring/template-library.js";

/** Why a rubric gave its label: a span of one message's text and a short reason. */
export interface Evidence {
  messageId: string;
  /** Character span [start, end) in the message's text (0, 0 when the evidence is the message as a whole). */
  start: number;
  end: number;
  /** The matched text (text.slice(start, end)). */
  text: string;
  reason: string;
}

/** A rubric's verdict on one item (an agent message, or a conversation). */
export interface RubricResult<Label extends string = string> {
  label: Label;
  /** In [0, 1]; null when the rubric does not apply (the "n/a" labels). */
  score: number | null;
  evidence: Evidence[];
}

/** Everything a rubric can read while scoring one conversation; each piece is computed once, on demand. */
export interface ScoringContext {
  conversation: Conversation;
  /** Text features of message i. */
  features(index: number): TextFeatures;
  /** Tone of message i (customer tone matters most; agents' is computed the same way). */
  tone(index: number): Tone;
  /** Dialogue acts of agent message i (asks a clarifying question, gives an answer). */
  acts(index: number): DialogueActs;
  /** Replies seen across the corpus, for template detection. */
  templates: TemplateLibrary;
}

interface RubricBase<Label extends string, Config> {
  /** Kebab-case id, part of the public output (e.g. "ownership"). */
  id: string;
  /** One sentence for reports and --help. */
  description: string;
  vocabulary: readonly Label[];
  defaults: Config;
  /** Validates user configuration (partial configs are merged over `defaults`). */
  configSchema?: z.ZodType<Config>;
}

/** Scores each agent message of a conversation. */
export interface MessageRubric<Label extends string = string, Config = unknown> extends RubricBase<Label, Config> {
  level: "message";
  score(context: ScoringContext, index: number, config: Config): RubricResult<Label>;
}

/** Scores a conversation as a whole; may add fields to its result (e.g. questionsBeforeAnswer). */
export interface ConversationRubric<Label extends string = string, Config = unknown, Extra extends object = object>
  extends RubricBase<Label, Config> {
  level: "conversation";
  score(context: ScoringContext, config: Config): RubricResult<Label> & Extra;
}

// The concrete config and extra types vary by rubric; collections hold them loosely typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRubric = MessageRubric<string, any> | ConversationRubric<string, any, any>;

import { z } from "zod";
import { CarelensError } from "../errors.js";
import type { ConversationRubric, MessageRubric } from "./types.js";

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Defines a rubric: the one door for built-in and user rubrics. The definition is checked once, here:
 * a kebab-case id, a non-empty vocabulary without repeats, defaults that satisfy the config schema.
 * The result is a plain object; the scorer calls its `score` and checks each label against the
 * vocabulary.
 *
 * @example
 * const apology = defineRubric({
 *   id: "says-sorry", level: "message", description: "The agent apologises.",
 *   vocabulary: ["sorry", "no-sorry"], defaults: { words: ["sorry", "apologise"] },
 *   score: (ctx, i, config) => {
 *     const text = ctx.conversation.messages[i]!.text.toLowerCase();
 *     const hit = config.words.some((w) => text.includes(w));
 *     return { label: hit ? "sorry" : "no-sorry", score: hit ? 1 : 0, evidence: [] };
 *   },
 * });
 */
export function defineRubric<Label extends string, Config>(definition: MessageRubric<Label, Config>): MessageRubric<Label, Config>;
export function defineRubric<Label extends string, Config, Extra extends object>(
  definition: ConversationRubric<Label, Config, Extra>,
): ConversationRubric<Label, Config, Extra>;
export function defineRubric(definition: MessageRubric | ConversationRubric): MessageRubric | ConversationRubric {
  const { id, level, vocabulary, defaults, configSchema, score } = definition;
  const where = `rubric "${String(id)}"`;
  if (typeof id !== "string" || !ID.test(id)) throw new CarelensError(`rubric id must be kebab-case (e.g. "my-rubric"), got ${JSON.stringify(id)}`);
  if (level !== "message" && level !== "conversation") throw new CarelensError(`${where}: level must be "message" or "conversation", got ${JSON.stringify(level)}`);
  if (!Array.isArray(vocabulary) || vocabulary.length === 0 || vocabulary.some((label) => typeof label !== "string" || label === "")) {
    throw new CarelensError(`${where}: vocabulary must be a non-empty list of labels`);
  }
  if (new Set(vocabulary).size !== vocabulary.length) throw new CarelensError(`${where}: vocabulary repeats a label: ${JSON.stringify(vocabulary)}`);
  if (typeof score !== "function") throw new CarelensError(`${where}: score must be a function`);
  if (typeof defaults !== "object" || defaults === null) throw new CarelensError(`${where}: defaults must be an object (use {} for none)`);
  if (configSchema) checkConfig(where, configSchema, defaults);
  return Object.freeze({ ...definition, vocabulary: Object.freeze([...vocabulary]) });
}

/**
 * A copy of a rubric with some of its configuration changed (validated against its schema).
 *
 * @example
 * const strictWait = configureRubric(ventWait, { minimumWaitSeconds: 120 });
 */
export function configureRubric<R extends MessageRubric | ConversationRubric>(rubric: R, overrides: Partial<R["defaults"]>): R {
  const where = `rubric "${rubric.id}"`;
  if (typeof overrides !== "object" || overrides === null) throw new CarelensError(`${where}: configuration must be an object`);
  const config = { ...(rubric.defaults as object), ...overrides };
  const checked = rubric.configSchema ? checkConfig(where, rubric.configSchema, config) : config;
  return Object.freeze({ ...rubric, defaults: checked }) as R;
}

function checkConfig(where: string, schema: z.ZodType, config: unknown): unknown {
  // Unknown keys are refused, not dropped: a misspelt option must not silently keep its default.
  const parsed = (schema instanceof z.ZodObject ? schema.strict() : schema).safeParse(config);
  if (!parsed.success) throw new CarelensError(`${where}: invalid configuration\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

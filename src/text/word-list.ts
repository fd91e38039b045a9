import { z } from "zod";

/** The longest phrase a user word list may hold. Longer ones are refused: matching cost grows with it. */
export const MAX_PHRASE_LENGTH = 200;
/** The most phrases one user word list may hold. */
export const MAX_PHRASES = 5000;

/**
 * A word list supplied by a user (rubric configuration, extra tone cues): literal phrases, each compiled
 * escaped (never as a regex), at most 200 characters each and 5,000 in all, so matching stays linear in
 * the text with a bounded constant.
 *
 * @example
 * WordListSchema.parse(["fed up", "(a+)+$"]); // => ["fed up", "(a+)+$"] (matched literally)
 * WordListSchema.safeParse(["a".repeat(50_000)]).success; // => false
 */
export const WordListSchema = z
  .array(z.string().max(MAX_PHRASE_LENGTH, { message: `each phrase must be at most ${MAX_PHRASE_LENGTH} characters` }), {
    message: "expected a list of phrases (strings)",
  })
  .max(MAX_PHRASES, { message: `at most ${MAX_PHRASES} phrases` });

/** Extra tone cues, validated: `negative` and `positive` word lists. */
export const ToneOptionsSchema = z.strictObject({ negative: WordListSchema.optional(), positive: WordListSchema.optional() });

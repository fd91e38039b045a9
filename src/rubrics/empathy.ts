import { z } from "zod";
import { patterns, phrases } from "../text/phrase-matcher.js";
import { WordListSchema } from "../text/word-list.js";
import { defineRubric } from "./define-rubric.js";
import { evidenceAt } from "./evidence.js";
import type { Evidence } from "./types.js";

const EMPATHY = patterns([
  "(?:so |very |really |truly |terribly |deeply )?sorry (?:to hear|to know|to see|for|about|that|you'?re|you are|you'?ve|you have|this|it|if|again|we|the|i (?:couldn'?t|could not|can'?t|cannot|wasn'?t|didn'?t))", "(?:we'?re|we are|i'?m|i am) (?:so |very |really |truly |deeply )?sorry", "sorry[,!.;]",
  "(?:my|our) (?:sincere |sincerest |deepest )?apologies", "(?:we|i) (?:sincerely |truly )?apologi[sz]e", "apologi[sz]e for", "sorry!",
  "(?:we|i) (?:completely |totally |definitely |fully |can )?(?:understand|get) (?:how|that|why|your|the frustration|it'?s|this is|what)", "(?:we|i) know how (?:\\w{1,10} )?(?:frustrating|annoying|difficult|stressful|hard)",
  "(?:appreciate|understand|get|see) where you'?re coming from", "not what (?:we|i) (?:like|want|love) to (?:hear|see)", "(?:does|doesn'?t|does not|didn'?t) sound (?:good|right|fun|great)",
  "(?:that|this|it) (?:sounds|must be|can be|is|seems|looks) (?:\\w{1,10} )?(?:frustrating|annoying|difficult|stressful|tough|hard|concerning|upsetting|worrying|inconvenient|disappointing|not good|less than ideal)",
  "(?:not|never) the (?:experience|way) (?:we|you)", "(?:not|never) (?:the|a) (?:[\\w-]{1,15} ){1,3}experience (?:that )?(?:we|you)", "(?:is|are|isn'?t|aren'?t) (?:no|not) fun", "(?:we|i) (?:hate|don'?t like) (?:to hear|to see|that|hearing)", "hate to hear", "oh no", "yikes", "that'?s not (?:good|ideal|what we want)",
  "(?:glad|happy|great|good|love|thrilled|pleased|delighted) to (?:hear|see|know|read)", "(?:glad|happy|great|good) (?:that|it|this|you|the) (?:\\w{1,10} ){0,1}(?:worked|helped|sorted|fixed|is working|resolved)",
  "(?:we|i) (?:feel your pain|can imagine|appreciate (?:your|the) (?:patience|understanding|frustration))", "thanks? (?:you )?(?:so much )?for (?:your|the) (?:patience|understanding)",
  "(?:apologi[sz]e|apologies|sorry)(?: \\w{1,10}){0,2} (?:for|about) the (?:trouble|inconvenience|confusion|frustration|hassle|wait|delay|experience|issues?)", "deeply upset", "(?:we|i) (?:want|would like) (?:to )?(?:make (?:this|it|things) right|help make)",
  "(?:congrat\\w{0,8}|awesome|that'?s (?:great|awesome|amazing|wonderful))",
  // More ways care agents acknowledge trouble or feelings, from the definition rather than from the tuning
  // sets (none of these occurs in dev.json's replies).
  "(?:we|i) (?:totally |completely |definitely )?hear you", "(?:we|i) (?:sincerely |truly |deeply )?regret", "(?:sad|bummed|saddened|disappointed|concerned|worried) to (?:hear|see|learn|read)",
  "(?:must|would|could) have been (?:\\w{1,10} )?(?:frustrating|annoying|difficult|stressful|scary|upsetting|worrying|confusing|inconvenient|disappointing)",
  "(?:that|this|it)'?s (?:\\w{1,10} )?(?:frustrating|annoying|stressful|upsetting|worrying|inconvenient|disappointing|not ideal)", "(?:that'?s|that is|what) a (?:real )?(?:bummer|shame|pity|hassle)",
  "(?:thanks?|thank you)(?: so much)? for (?:bearing|sticking|hanging in there) with us", "(?:excuse|pardon|forgive) (?:the|any|our) (?:inconvenience|trouble|delay|confusion|wait)",
  "(?:we|i) (?:can )?(?:totally |completely )?(?:relate|sympathi[sz]e|empathi[sz]e)", "(?:no one|nobody|no-one) (?:likes|wants|enjoys) (?:to|a|an|being)", "(?:we'?re|we are|i'?m|i am) (?:so |really )?(?:happy|glad|excited|thrilled) for you",
]);

const SOFTENER = /^[\s,]{0,3}but\b/i;

/**
 * `empathy` (per agent message): "expressed" when the agent acknowledges the customer's feelings or trouble
 * ("Sorry for the trouble", "We understand how frustrating this is", "That's not the experience we want
 * for you", "Glad to hear it!"); "none" otherwise. A bare "Thanks for reaching out" is not empathy, nor
 * an apology that only softens a refusal ("Sorry, but you can not do that").
 * Score 1 / 0.
 *
 * @example
 * // "Hi Justin, sorry for the trouble. Which Adobe app is crashing on you?"
 * // => { label: "expressed", score: 1, evidence: [{ text: "sorry for", reason: "acknowledges the customer's trouble or feelings" }] }
 */
export const empathy = defineRubric({
  id: "empathy",
  level: "message",
  description: "The agent acknowledges the customer's feelings or trouble.",
  vocabulary: ["expressed", "none"],
  defaults: { phrases: [] as string[] },
  configSchema: z.object({ phrases: WordListSchema }),
  score(context, index, config) {
    const features = context.features(index);
    const end = features.signature ? features.signature.start : features.text.length;
    const text = features.text;
    // "Sorry, but you can't do that": the apology softens a refusal, it does not acknowledge their trouble.
    // The matches come in a fresh array: filtered in place, the configured phrases' matches appended after.
    const found = EMPATHY.find(text, features.leadEnd, end);
    let kept = 0;
    for (const m of found) if (!SOFTENER.test(text.slice(m.end, m.end + 8))) found[kept++] = m;
    found.length = kept;
    if (config.phrases.length) for (const m of phrases(config.phrases).find(text, features.leadEnd, end)) found.push(m);
    if (found.length === 0) return { label: "none", score: 0, evidence: [] };
    const message = context.conversation.messages[index]!;
    const evidence: Evidence[] = [];
    for (const m of found) evidence.push(evidenceAt(message, m, "acknowledges the customer's trouble or feelings"));
    return { label: "expressed", score: 1, evidence };
  },
});

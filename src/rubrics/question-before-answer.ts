import { z } from "zod";
import { defineRubric } from "./define-rubric.js";
import { contextAgents, evidenceAt } from "./evidence.js";
import type { Evidence } from "./types.js";

/**
 * `question-before-answer` (per conversation): find the first agent message that gives an answer
 * (solution, steps, diagnosis, help article, decision, action taken). "asked-first" when an earlier agent
 * message asked a diagnostic or clarifying question about the issue; "answered-first" when it did not (a
 * question in the same message as the answer is not "before"); "no-answer" when no agent message gave an
 * answer; "n/a" when there is no agent message. `questionsBeforeAnswer` counts the clarifying questions
 * asked before the first answer (all of them when there is no answer), for the "ask three questions
 * first" practice. Score 1 asked-first, 0 answered-first, null otherwise.
 *
 * @example
 * // agent: "Which platform are you on? *MS" / customer: "PS4" / agent: "Please try these steps: https://..."
 * // => { label: "asked-first", score: 1, questionsBeforeAnswer: 1, evidence: [...] }
 */
export const questionBeforeAnswer = defineRubric({
  id: "question-before-answer",
  level: "conversation",
  description: "The agents asked a clarifying question before giving the first answer.",
  vocabulary: ["asked-first", "answered-first", "no-answer", "n/a"],
  defaults: {},
  configSchema: z.object({}),
  score(context) {
    const messages = context.conversation.messages;
    const agents = contextAgents(context);
    if (agents.length === 0) return { label: "n/a", score: null, evidence: [], questionsBeforeAnswer: 0 };
    const evidence: Evidence[] = [];
    let questions = 0;
    for (const i of agents) {
      const acts = context.acts(i);
      if (acts.givesAnswer) {
        const answer = acts.answers[0]!;
        evidence.push(evidenceAt(messages[i]!, answer, `first answer (${answer.kind})`));
        const label = questions > 0 ? "asked-first" : "answered-first";
        return { label, score: questions > 0 ? 1 : 0, evidence, questionsBeforeAnswer: questions };
      }
      questions += acts.questions.length;
      for (const question of acts.questions) evidence.push(evidenceAt(messages[i]!, question, "clarifying question"));
    }
    return { label: "no-answer", score: null, evidence, questionsBeforeAnswer: questions };
  },
});

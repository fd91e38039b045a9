import { empathy } from "./empathy.js";
import { followUp } from "./follow-up.js";
import { lateReplyApology } from "./late-reply-apology.js";
import { nameUse } from "./name-use.js";
import { ownership } from "./ownership.js";
import { personalization } from "./personalization.js";
import { questionBeforeAnswer } from "./question-before-answer.js";
import { shareThePlan } from "./share-the-plan.js";
import { takeItOffline } from "./take-it-offline.js";
import { thanksForPraise } from "./thanks-for-praise.js";
import { ventWait } from "./vent-wait.js";
import type { AnyRubric } from "./types.js";

export { defineRubric, configureRubric } from "./define-rubric.js";
export type { AnyRubric, ConversationRubric, Evidence, MessageRubric, RubricResult, ScoringContext } from "./types.js";
export { empathy, followUp, lateReplyApology, nameUse, ownership, personalization, questionBeforeAnswer, shareThePlan, takeItOffline, thanksForPraise, ventWait };

/** The built-in rubrics, the five core ones first. Their ids are part of the public output. */
export const builtInRubrics: readonly AnyRubric[] = [
  personalization,
  nameUse,
  questionBeforeAnswer,
  ownership,
  ventWait,
  empathy,
  lateReplyApology,
  followUp,
  thanksForPraise,
  takeItOffline,
  shareThePlan,
];
